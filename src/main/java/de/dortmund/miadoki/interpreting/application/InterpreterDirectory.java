package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Absence;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.Vetting;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccountForm;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Invitations;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pool's interpreters. Coordinators keep every profile; an interpreter sees and keeps only the
 * own profile, availability and absences. Every read of a profile is audited.
 */
@ApplicationScoped
@RequiresRole({Role.COORDINATOR, Role.INTERPRETER})
public class InterpreterDirectory {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Records records;
  @Inject Clock clock;
  @Inject Invitations invitations;

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter register(@NotNull Interpreter interpreter) {
    return records.create(interpreter);
  }

  @Transactional
  public Interpreter load(@NotNull Long id) {
    Interpreter interpreter = records.read(Interpreter.class, id, this::mayOpen);
    // the collections are read while the transaction is open
    interpreter.getAbsences();
    interpreter.getAvailability();
    interpreter.getLanguages();
    return interpreter;
  }

  /** The caller's own interpreter profile, if the caller is an interpreter of the pool. */
  @Transactional
  public Optional<Interpreter> own() {
    return em.createNamedQuery(Interpreter.BY_USERNAME, Interpreter.class)
        .setParameter("username", currentUser.username())
        .getResultStream()
        .findFirst();
  }

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Page<Interpreter> search(String text, InterpreterStatus status, PageRequest page) {
    return CriteriaPages.page(
        em,
        Interpreter.class,
        (cb, query, root) -> where(cb, root, text, status),
        (cb, root) -> List.of(cb.asc(root.get("lastName")), cb.asc(root.get("firstName"))),
        page);
  }

  private List<Predicate> where(
      CriteriaBuilder cb, Root<Interpreter> root, String text, InterpreterStatus status) {
    List<Predicate> where = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("lastName")), like),
              cb.like(cb.lower(root.get("firstName")), like),
              cb.like(cb.lower(root.get("email")), like)));
    }
    if (status != null) {
      where.add(cb.equal(root.get("status"), status));
    }
    return where;
  }

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter changeStatus(
      @NotNull Long id, long version, @NotNull InterpreterStatus status) {
    return change(id, version, i -> i.changeStatus(status, LocalDate.now(clock)));
  }

  /** Contact, district, qualification, fields and modes: kept by the coordinators. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter changeBaseData(@NotNull Long id, long version, @Valid @NotNull BaseData data) {
    return change(id, version, data::applyTo);
  }

  /**
   * How the interpreter is paid. Interpreters keep their own account holder and IBAN; the
   * engagement and the creditor number (given by the finance office) only coordinators change.
   */
  @Transactional
  public Interpreter changePayDetails(@NotNull Long id, long version, @NotNull PayDetails details) {
    return change(
        id,
        version,
        i -> {
          PayDetails now = i.getPayDetails();
          i.changePayDetails(
              currentUser.hasRole(Role.COORDINATOR)
                  ? details
                  : new PayDetails(
                      now.engagement(),
                      details.accountHolder(),
                      details.iban(),
                      now.creditorNumber()));
        });
  }

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter recordVetting(@NotNull Long id, long version, @NotNull Vetting vetting) {
    return change(id, version, i -> i.recordVetting(vetting));
  }

  @Transactional
  public Interpreter replaceLanguages(
      @NotNull Long id, long version, @NotNull Collection<LanguageSkill> skills) {
    return change(id, version, i -> i.replaceLanguages(skills));
  }

  @Transactional
  public Interpreter replaceAvailability(
      @NotNull Long id, long version, @NotNull Collection<AvailabilityWindow> windows) {
    return change(id, version, i -> i.replaceAvailability(windows));
  }

  @Transactional
  public Interpreter addAbsence(@NotNull Long id, long version, @NotNull Absence absence) {
    return change(id, version, i -> i.addAbsence(absence));
  }

  /**
   * Invites the interpreter to the portal: an account with the role INTERPRETER under {@code
   * username}, linked to the profile, and a mail to set the password (see {@link Invitations}).
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter inviteToPortal(@NotNull Long id, long version, String username) {
    return change(
        id,
        version,
        i -> {
          if (i.getUsername() != null) {
            throw new RuleViolationException(
                RuleViolation.of("username", "profile.account.exists", i.getUsername()));
          }
          AccountForm form = new AccountForm();
          form.setUsername(username);
          form.setDisplayName(i.getDisplayName());
          form.setEmail(i.getEmail());
          form.setRoles(EnumSet.of(Role.INTERPRETER));
          i.linkAccount(invitations.invite(form).getUsername());
        });
  }

  /** Applies a change to a profile the caller may change, with the version check and audit. */
  private Interpreter change(
      Long id, long version, java.util.function.Consumer<Interpreter> change) {
    Interpreter interpreter = records.change(Interpreter.class, id, version, this::mayOpen);
    // changes to languages, availability or absences are changes of the profile: count them
    em.lock(interpreter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    change.accept(interpreter);
    records.changed(interpreter);
    return interpreter;
  }

  /** Coordinators may open any profile; an interpreter only the own one. */
  boolean mayOpen(Interpreter interpreter) {
    return currentUser.hasRole(Role.COORDINATOR)
        || currentUser.username().equals(interpreter.getUsername());
  }
}
