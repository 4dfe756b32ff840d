package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Absence;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.interpreting.domain.Vetting;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
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
import java.util.ArrayList;
import java.util.Collection;
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

  static final String ENTITY = "Interpreter";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter register(@NotNull Interpreter interpreter) {
    em.persist(interpreter);
    em.flush();
    audit.record(AuditAction.CREATE, ENTITY, interpreter.getId(), interpreter.getDisplayName());
    return interpreter;
  }

  @Transactional
  public Interpreter load(@NotNull Long id) {
    Interpreter interpreter = em.find(Interpreter.class, id);
    if (interpreter == null) {
      throw new RecordNotFoundException(Interpreter.class, id);
    }
    requireAccess(interpreter);
    // the collections are read while the transaction is open
    interpreter.getAbsences();
    interpreter.getAvailability();
    interpreter.getLanguages();
    audit.record(AuditAction.READ, ENTITY, id, interpreter.getDisplayName());
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
    Interpreter interpreter = forChange(id, version);
    interpreter.changeStatus(status);
    audit.record(AuditAction.UPDATE, ENTITY, id, interpreter.getDisplayName());
    return interpreter;
  }

  /** Contact, district, qualification, fields and modes: kept by the coordinators. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter changeBaseData(@NotNull Long id, long version, @Valid @NotNull BaseData data) {
    return change(id, version, data::applyTo);
  }

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Interpreter recordVetting(@NotNull Long id, long version, @NotNull Vetting vetting) {
    Interpreter interpreter = forChange(id, version);
    interpreter.recordVetting(vetting);
    audit.record(AuditAction.UPDATE, ENTITY, id, interpreter.getDisplayName());
    return interpreter;
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

  /** Applies a change to a profile the caller may change, with the version check and audit. */
  private Interpreter change(
      Long id, long version, java.util.function.Consumer<Interpreter> change) {
    Interpreter interpreter = forChange(id, version);
    change.accept(interpreter);
    audit.record(AuditAction.UPDATE, ENTITY, id, interpreter.getDisplayName());
    return interpreter;
  }

  private Interpreter forChange(Long id, long version) {
    Interpreter interpreter = em.find(Interpreter.class, id);
    if (interpreter == null) {
      throw new RecordNotFoundException(Interpreter.class, id);
    }
    requireAccess(interpreter);
    if (interpreter.getVersion() != version) {
      throw new ConcurrentChangeException(Interpreter.class, id);
    }
    // changes to languages, availability or absences are changes of the profile: count them
    em.lock(interpreter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return interpreter;
  }

  /** Coordinators may open any profile; an interpreter only the own one. */
  void requireAccess(Interpreter interpreter) {
    if (currentUser.hasRole(Role.COORDINATOR)) {
      return;
    }
    if (!currentUser.username().equals(interpreter.getUsername())) {
      audit.recordDenied(ENTITY, interpreter.getId());
      throw new AccessDeniedException(
          currentUser.username() + " may not open interpreter " + interpreter.getId());
    }
  }
}
