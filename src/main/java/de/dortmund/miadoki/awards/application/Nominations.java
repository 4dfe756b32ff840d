package de.dortmund.miadoki.awards.application;

import static de.dortmund.miadoki.platform.security.Role.AWARD_MANAGER;
import static de.dortmund.miadoki.platform.security.Role.JUROR;
import static de.dortmund.miadoki.platform.security.Role.REQUESTER;
import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;

import de.dortmund.miadoki.awards.domain.Attachment;
import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.InformedHow;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nominations from their receipt (public form, staff, award manager) through the eligibility check,
 * the nominee's information and consents to the shortlist; their attachments.
 */
@ApplicationScoped
@RequiresRole(AWARD_MANAGER)
public class Nominations {

  /** A file as uploaded: the name the sender's computer gave it and its bytes. */
  public record Upload(String fileName, byte[] content) implements Serializable {}

  /** An attachment without its content, for lists. */
  public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject NominationIntake intake;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject AwardMail mail;
  @Inject JuryWork jury;
  @Inject Clock clock;

  /**
   * A nomination entered by staff during the nomination period, or by the award manager as long as
   * eligibility is being checked.
   */
  @RequiresRole({STAFF, SUPERVISOR, REQUESTER, AWARD_MANAGER})
  @Transactional
  public Nomination enter(
      long programmeId, @NotNull @Valid NominationForm form, List<Upload> uploads, Locale locale) {
    AwardProgramme programme = records.find(AwardProgramme.class, programmeId);
    boolean manager = currentUser.hasRole(AWARD_MANAGER);
    if (!programme.acceptsNominationsOn(LocalDate.now(clock))
        && !(manager && programme.inEligibilityCheck())) {
      throw new RuleViolationException("award.nominate.closed");
    }
    Nomination nomination = intake.store(programme, form, uploads, currentUser.username());
    mail.receipt(nomination, locale);
    return nomination;
  }

  /** The manager's list, paged on the server. */
  @Transactional
  public Page<Nomination> search(
      Long programmeId, NominationStatus status, String text, PageRequest page) {
    return CriteriaPages.page(
        em,
        Nomination.class,
        (cb, query, root) -> {
          List<Predicate> where = new ArrayList<>();
          if (programmeId != null) {
            where.add(cb.equal(root.get("programme").get("id"), programmeId));
          }
          if (status != null) {
            where.add(cb.equal(root.get("status"), status));
          }
          if (text != null && !text.isBlank()) {
            String like = "%" + Nomination.keyOf(text).replace("%", "").replace("_", "") + "%";
            where.add(
                cb.or(
                    cb.like(root.get("nomineeKey"), like),
                    cb.like(cb.lower(root.get("receiptNumber")), like),
                    cb.like(cb.lower(root.get("nominatorName")), like)));
          }
          return where;
        },
        (cb, root) ->
            CriteriaPages.sortBy(
                cb,
                root,
                page,
                Set.of("submittedAt", "nomineeName", "receiptNumber", "status"),
                "submittedAt",
                false),
        page);
  }

  /** A nomination for the manager's page; the read is audited. */
  @Transactional
  public Nomination load(long id) {
    Nomination nomination = records.read(Nomination.class, id, Records.anyone());
    nomination.getAssignedJurors().size();
    nomination.getProgramme().getJurors().size();
    nomination.getProgramme().getCategories().size();
    return nomination;
  }

  @Transactional
  public void correct(long id, long version, @NotNull @Valid NominationForm form) {
    Nomination nomination = change(id, version);
    AwardCategory category =
        NominationIntake.categoryOf(nomination.getProgramme(), form.getCategoryId());
    if (category == null) {
      throw new RuleViolationException(RuleViolation.of("categoryId", "validation.required"));
    }
    if (!nomination.getProgramme().inEligibilityCheck()) {
      throw new RuleViolationException("award.eligibility.closed");
    }
    nomination.describe(NominationIntake.dataOf(category, form));
    records.changed(nomination);
  }

  @Transactional
  public void decideEligibility(long id, long version, boolean eligible, String reason) {
    Nomination nomination = change(id, version);
    nomination.decideEligibility(eligible, reason);
    records.changed(nomination);
  }

  @Transactional
  public void shortlist(long id, long version, boolean onList) {
    Nomination nomination = change(id, version);
    if (onList) {
      nomination.shortlist();
    } else {
      nomination.unshortlist();
    }
    records.changed(nomination);
  }

  /**
   * The nominee was told of the nomination (Art. 14 GDPR): by mail (sent now, to the nominee's
   * address) or by the letter the manager printed.
   */
  @Transactional
  public void inform(long id, long version, @NotNull InformedHow how, Locale locale) {
    Nomination nomination = change(id, version);
    if (how == InformedHow.MAIL) {
      if (nomination.getNomineeEmail() == null) {
        throw new RuleViolationException("award.inform.noEmail");
      }
      mail.informNominee(nomination, locale);
    }
    nomination.informed(how, now());
    records.changed(nomination);
  }

  @Transactional
  public void recordConsent(long id, long version, boolean jury, boolean publication) {
    Nomination nomination = change(id, version);
    nomination.recordConsent(jury, publication, now());
    records.changed(nomination);
  }

  /** The nominee withdrew the consent: out of the jury's view and of every export. */
  @Transactional
  public void withdrawConsent(long id, long version) {
    Nomination nomination = change(id, version);
    nomination.withdrawConsent(now());
    records.changed(nomination);
  }

  /** The jurors who review this nomination; none chosen: the whole jury. */
  @Transactional
  public void assign(long id, long version, Set<Long> jurorIds) {
    Nomination nomination = change(id, version);
    Set<Juror> jurors = new HashSet<>();
    for (Long jurorId : jurorIds) {
      Juror juror = records.find(Juror.class, jurorId);
      if (!juror.getProgramme().equals(nomination.getProgramme())) {
        throw new IllegalArgumentException("juror of another programme");
      }
      jurors.add(juror);
    }
    nomination.assign(jurors);
    records.changed(nomination);
  }

  /** The files of a nomination, without their content. */
  @RequiresRole({AWARD_MANAGER, JUROR})
  @Transactional
  public List<AttachmentInfo> attachments(long nominationId) {
    return em.createQuery(
            "select new de.dortmund.miadoki.awards.application.Nominations.AttachmentInfo("
                + "a.id, a.fileName, a.contentType, a.sizeBytes)"
                + " from Attachment a where a.nomination.id = :n order by a.id",
            AttachmentInfo.class)
        .setParameter("n", nominationId)
        .getResultList();
  }

  /**
   * A file of a nomination: for the award manager, or a juror who declared no conflict for the
   * nomination; anyone else is refused, and the refusal audited. The download is audited.
   */
  @RequiresRole({AWARD_MANAGER, JUROR})
  @Transactional
  public Attachment attachment(long attachmentId) {
    Attachment file = records.find(Attachment.class, attachmentId);
    if (!currentUser.hasRole(AWARD_MANAGER) && !jury.mayOpen(file.getNomination().getId())) {
      audit.recordDenied(Attachment.class.getSimpleName(), attachmentId);
      throw new AccessDeniedException(currentUser.username() + " may not open " + attachmentId);
    }
    audit.record(AuditAction.READ, file);
    return file;
  }

  /**
   * All nominations about one person or business (by name or e-mail address), for the person's
   * request for information; the search is audited as an export.
   */
  @Transactional
  public List<Nomination> aboutNominee(@NotNull String nameOrEmail) {
    String key = Nomination.keyOf(nameOrEmail);
    if (key.length() < 3) {
      throw new RuleViolationException(RuleViolation.of("nominee", "award.nominee.tooShort"));
    }
    List<Nomination> found =
        em.createQuery(
                "select n from Nomination n join fetch n.programme"
                    + " where n.nomineeKey = :key or lower(n.nomineeEmail) = :key"
                    + " order by n.submittedAt desc",
                Nomination.class)
            .setParameter("key", key)
            .getResultList();
    found.forEach(n -> audit.record(AuditAction.EXPORT, n));
    return found;
  }

  /** Nominations received in editions whose eligibility is being checked, not yet decided on. */
  @Transactional
  public long countToCheck() {
    return em.createQuery(
            "select count(n) from Nomination n where n.status = :received"
                + " and n.programme.status = :check",
            Long.class)
        .setParameter("received", NominationStatus.RECEIVED)
        .setParameter("check", ProgrammeStatus.ELIGIBILITY)
        .getSingleResult();
  }

  /** Eligible nominations whose nominee has not (yet) agreed to the jury's review. */
  @Transactional
  public long countAwaitingConsent() {
    return em.createQuery(
            "select count(n) from Nomination n where n.status = :eligible"
                + " and n.juryConsentAt is null and n.programme.status = :check",
            Long.class)
        .setParameter("eligible", NominationStatus.ELIGIBLE)
        .setParameter("check", ProgrammeStatus.ELIGIBILITY)
        .getSingleResult();
  }

  private Nomination change(long id, long version) {
    return records.change(Nomination.class, id, version, Records.anyone());
  }

  /** The form of an existing nomination, for the manager's corrections. */
  public static NominationForm formOf(Nomination n) {
    NominationForm form = new NominationForm();
    form.setCategoryId(n.getCategory().getId());
    form.setNomineeKind(n.getNomineeKind());
    form.setNomineeName(n.getNomineeName());
    form.setNomineeOrganisation(n.getNomineeOrganisation());
    form.setNomineeEmail(n.getNomineeEmail());
    form.setNomineeAddress(n.getNomineeAddress());
    form.setNominatorName(n.getNominatorName());
    form.setNominatorEmail(n.getNominatorEmail());
    form.setNominatorOrganisation(n.getNominatorOrganisation());
    form.setJustification(n.getJustification());
    form.setCityConnection(n.getCityConnection());
    form.setMigrationHistory(n.getMigrationHistory());
    return form;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
