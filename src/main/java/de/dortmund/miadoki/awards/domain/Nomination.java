package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A nomination for an edition: who is nominated, by whom and why; its eligibility, the nominee's
 * information (Art. 14 GDPR) and consents; the jurors assigned to it, if not the whole jury. The
 * owner's migration history (Wirtschaftspreis only) is special-category data: the award manager's
 * screens show it, nothing the jury or the public sees does.
 */
@Entity
@Table(name = "award_nomination")
public class Nomination extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private AwardProgramme programme;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private AwardCategory category;

  @Column(name = "receipt_number", nullable = false, updatable = false)
  private String receiptNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_kind", nullable = false)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  /** The nominee's name folded for finding all nominations about one person. */
  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_organisation")
  private String nomineeOrganisation;

  @Column(name = "nominee_email")
  private String nomineeEmail;

  @Column(name = "nominee_address")
  private String nomineeAddress;

  @Column(name = "nominator_name", nullable = false)
  private String nominatorName;

  @Column(name = "nominator_email", nullable = false)
  private String nominatorEmail;

  @Column(name = "nominator_organisation")
  private String nominatorOrganisation;

  @Column(name = "justification", nullable = false)
  private String justification;

  @Column(name = "city_connection", nullable = false)
  private String cityConnection;

  @Enumerated(EnumType.STRING)
  @Column(name = "migration_history")
  private MigrationHistory migrationHistory;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private NominationStatus status = NominationStatus.RECEIVED;

  @Column(name = "ineligible_reason")
  private String ineligibleReason;

  /** The member of staff who entered it; null for the public form. */
  @Column(name = "submitted_by", updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private LocalDateTime submittedAt;

  @Column(name = "informed_at")
  private LocalDateTime informedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "informed_how")
  private InformedHow informedHow;

  @Column(name = "jury_consent_at")
  private LocalDateTime juryConsentAt;

  @Column(name = "publication_consent_at")
  private LocalDateTime publicationConsentAt;

  @Column(name = "consent_withdrawn_at")
  private LocalDateTime consentWithdrawnAt;

  /** Set by the retention (in the database) when a winner's nomination was anonymised. */
  @Column(name = "anonymised_on", insertable = false, updatable = false)
  private java.time.LocalDate anonymisedOn;

  @ManyToOne
  @JoinColumn(name = "place_id")
  private AwardPlace place;

  @ManyToMany
  @JoinTable(
      name = "award_assignment",
      joinColumns = @JoinColumn(name = "nomination_id"),
      inverseJoinColumns = @JoinColumn(name = "juror_id"))
  private Set<Juror> assignedJurors = new LinkedHashSet<>();

  protected Nomination() {}

  public Nomination(
      AwardProgramme programme,
      String receiptNumber,
      NominationData data,
      String submittedBy,
      LocalDateTime submittedAt) {
    this.programme = programme;
    this.receiptNumber = receiptNumber;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    describe(data);
  }

  /** The nomination's content as entered or corrected by the award manager. */
  public final void describe(NominationData data) {
    if (!data.category().getProgramme().equals(programme)) {
      throw new IllegalArgumentException("category of another programme");
    }
    this.category = data.category();
    this.nomineeKind = data.nomineeKind();
    this.nomineeName = data.nomineeName().strip();
    this.nomineeKey = keyOf(nomineeName);
    this.nomineeOrganisation = blankToNull(data.nomineeOrganisation());
    this.nomineeEmail = blankToNull(data.nomineeEmail());
    this.nomineeAddress = blankToNull(data.nomineeAddress());
    this.nominatorName = data.nominatorName().strip();
    this.nominatorEmail = data.nominatorEmail().strip();
    this.nominatorOrganisation = blankToNull(data.nominatorOrganisation());
    this.justification = data.justification().strip();
    this.cityConnection = data.cityConnection().strip();
    this.migrationHistory =
        programme.getType().asksMigrationHistory()
            ? (data.migrationHistory() == null
                ? MigrationHistory.NOT_STATED
                : data.migrationHistory())
            : null;
  }

  /** A name folded for search: lower case, single spaces. */
  public static String keyOf(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Eligible (or ineligible, with a reason); while the programme is in its eligibility check. */
  public void decideEligibility(boolean eligible, String reason) {
    requireCheck();
    if (status != NominationStatus.RECEIVED
        && status != NominationStatus.ELIGIBLE
        && status != NominationStatus.INELIGIBLE) {
      throw new RuleViolationException("award.eligibility.shortlisted");
    }
    if (!eligible && (reason == null || reason.isBlank())) {
      throw new RuleViolationException(RuleViolation.of("reason", "award.eligibility.reason"));
    }
    status = eligible ? NominationStatus.ELIGIBLE : NominationStatus.INELIGIBLE;
    ineligibleReason = eligible ? null : reason.strip();
  }

  /**
   * Onto the jury's shortlist: only an eligible nomination whose nominee was informed and agreed to
   * the jury's review.
   */
  public void shortlist() {
    requireCheck();
    if (status != NominationStatus.ELIGIBLE) {
      throw new RuleViolationException("award.shortlist.notEligible");
    }
    if (!hasJuryConsent()) {
      throw new RuleViolationException("award.shortlist.noConsent");
    }
    status = NominationStatus.SHORTLISTED;
  }

  /** Back from the shortlist to eligible, before the jury's review begins. */
  public void unshortlist() {
    requireCheck();
    if (status != NominationStatus.SHORTLISTED) {
      throw new RuleViolationException("award.shortlist.notShortlisted");
    }
    status = NominationStatus.ELIGIBLE;
  }

  /** The nominee was told of the nomination (Art. 14 GDPR). */
  public void informed(InformedHow how, LocalDateTime at) {
    informedHow = how;
    informedAt = at;
  }

  /**
   * The nominee's consents as the manager records them: to the jury's review (needs the nominee
   * informed first) and, apart from it, to publication.
   */
  public void recordConsent(boolean jury, boolean publication, LocalDateTime at) {
    if ((jury || publication) && informedAt == null) {
      throw new RuleViolationException(RuleViolation.general("award.consent.notInformed"));
    }
    if (jury && juryConsentAt == null) {
      juryConsentAt = at;
    }
    if (publication && publicationConsentAt == null) {
      publicationConsentAt = at;
    }
    if (jury || publication) {
      consentWithdrawnAt = null;
    }
    if (!publication) {
      publicationConsentAt = null;
    }
    if (!jury) {
      juryConsentAt = null;
    }
  }

  /**
   * The nominee withdrew the consent: the nomination leaves the jury's view and every export; a
   * place it won stays empty.
   */
  public void withdrawConsent(LocalDateTime at) {
    consentWithdrawnAt = at;
    juryConsentAt = null;
    publicationConsentAt = null;
  }

  /** The chair's decision for this shortlisted nomination. */
  public void decided(AwardPlace wonPlace) {
    if (status != NominationStatus.SHORTLISTED
        && status != NominationStatus.WINNER
        && status != NominationStatus.NOT_AWARDED) {
      throw new IllegalStateException("not on the shortlist: " + getId());
    }
    place = wonPlace;
    status = wonPlace == null ? NominationStatus.NOT_AWARDED : NominationStatus.WINNER;
  }

  /** Assigns the nomination to these jurors only; an empty set gives it to the whole jury. */
  public void assign(Set<Juror> jurors) {
    if (programme.getStatus().compareTo(ProgrammeStatus.JURY_REVIEW) > 0) {
      throw new RuleViolationException("award.juror.fixed");
    }
    assignedJurors.clear();
    assignedJurors.addAll(jurors);
  }

  /** Whether this juror reviews the nomination (assigned, or the whole jury does). */
  public boolean reviewedBy(Juror juror) {
    return assignedJurors.isEmpty()
        ? programme.getJurors().contains(juror)
        : assignedJurors.contains(juror);
  }

  /** Whether the jury may see it: shortlisted (or decided), the consent standing. */
  public boolean beforeTheJury() {
    return !isConsentWithdrawn()
        && (status == NominationStatus.SHORTLISTED
            || status == NominationStatus.WINNER
            || status == NominationStatus.NOT_AWARDED);
  }

  public boolean hasJuryConsent() {
    return juryConsentAt != null && consentWithdrawnAt == null;
  }

  public boolean hasPublicationConsent() {
    return publicationConsentAt != null && consentWithdrawnAt == null;
  }

  public boolean isConsentWithdrawn() {
    return consentWithdrawnAt != null;
  }

  private void requireCheck() {
    if (!programme.inEligibilityCheck()) {
      throw new RuleViolationException("award.eligibility.closed");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public AwardCategory getCategory() {
    return category;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getNomineeOrganisation() {
    return nomineeOrganisation;
  }

  public String getNomineeEmail() {
    return nomineeEmail;
  }

  public String getNomineeAddress() {
    return nomineeAddress;
  }

  public String getNominatorName() {
    return nominatorName;
  }

  public String getNominatorEmail() {
    return nominatorEmail;
  }

  public String getNominatorOrganisation() {
    return nominatorOrganisation;
  }

  public String getJustification() {
    return justification;
  }

  public String getCityConnection() {
    return cityConnection;
  }

  /**
   * Special-category data (Art. 9 GDPR): only for the award manager's screens and the person's own
   * data export. Jury views and publications are built from {@code NominationForJury} records that
   * do not carry it.
   */
  public MigrationHistory getMigrationHistory() {
    return migrationHistory;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public String getIneligibleReason() {
    return ineligibleReason;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getInformedAt() {
    return informedAt;
  }

  public InformedHow getInformedHow() {
    return informedHow;
  }

  public LocalDateTime getJuryConsentAt() {
    return juryConsentAt;
  }

  public LocalDateTime getPublicationConsentAt() {
    return publicationConsentAt;
  }

  public LocalDateTime getConsentWithdrawnAt() {
    return consentWithdrawnAt;
  }

  public AwardPlace getPlace() {
    return place;
  }

  public Set<Juror> getAssignedJurors() {
    return assignedJurors;
  }

  @Override
  public String auditSubject() {
    return receiptNumber;
  }

  public java.time.LocalDate getAnonymisedOn() {
    return anonymisedOn;
  }
}
