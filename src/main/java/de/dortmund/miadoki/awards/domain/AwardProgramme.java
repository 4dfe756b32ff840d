package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One edition of an award: its categories with their prize places, the criteria the jury scores and
 * the jury. Its status moves forward one step at a time; what may change depends on it (the set-up
 * until the call opens, the jury until the jury's review begins).
 */
@Entity
@Table(name = "award_programme")
public class AwardProgramme extends BaseEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "award_type", nullable = false, updatable = false)
  private AwardType type;

  @Column(name = "edition_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "nomination_opens", nullable = false)
  private LocalDate nominationOpens;

  @Column(name = "nomination_closes", nullable = false)
  private LocalDate nominationCloses;

  @Column(name = "prize_money", nullable = false)
  private BigDecimal prizeMoney;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ProgrammeStatus status = ProgrammeStatus.DRAFT;

  @Column(name = "normalised", nullable = false)
  private boolean normalised;

  @Column(name = "scores_released", nullable = false)
  private boolean scoresReleased;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AwardCategory> categories = new ArrayList<>();

  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Criterion> criteria = new ArrayList<>();

  @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("displayName")
  private List<Juror> jurors = new ArrayList<>();

  protected AwardProgramme() {}

  public AwardProgramme(AwardType type, int year) {
    this.type = type;
    this.year = year;
  }

  /** The programme's description; its dates and money only while it is a draft. */
  public void describe(
      String title, LocalDate opens, LocalDate closes, BigDecimal prizeMoney, boolean normalised) {
    List<RuleViolation> violations = new ArrayList<>();
    boolean draft = status == ProgrammeStatus.DRAFT;
    if (!draft
        && (!opens.equals(nominationOpens)
            || !closes.equals(nominationCloses)
            || prizeMoney.compareTo(this.prizeMoney) != 0)) {
      violations.add(RuleViolation.general("award.programme.fixed"));
    }
    if (closes.isBefore(opens)) {
      violations.add(RuleViolation.of("closes", "award.programme.period"));
    }
    if (prizeMoney.signum() < 0) {
      violations.add(RuleViolation.of("prizeMoney", "award.programme.money"));
    }
    if (normalised != this.normalised && status.compareTo(ProgrammeStatus.DECIDED) >= 0) {
      violations.add(RuleViolation.of("normalised", "award.programme.decidedAlready"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.title = title.strip();
    this.nominationOpens = opens;
    this.nominationCloses = closes;
    this.prizeMoney = prizeMoney.setScale(2, java.math.RoundingMode.HALF_UP);
    this.normalised = normalised;
  }

  /** A category with its prize places (amounts in order of rank); only in a draft. */
  public AwardCategory addCategory(String name, List<BigDecimal> places) {
    requireDraft();
    String stripped = name.strip();
    if (categories.stream().anyMatch(c -> c.getName().equalsIgnoreCase(stripped))) {
      throw new RuleViolationException(
          RuleViolation.of("categoryName", "award.category.taken", stripped));
    }
    AwardCategory category = new AwardCategory(this, stripped, categories.size(), places);
    categories.add(category);
    return category;
  }

  public void removeCategory(AwardCategory category) {
    requireDraft();
    categories.remove(category);
  }

  /** A criterion with its weight (1 to 10); only in a draft. */
  public Criterion addCriterion(String name, int weight) {
    requireDraft();
    if (weight < 1 || weight > 10) {
      throw new RuleViolationException(
          RuleViolation.of("criterionWeight", "award.criterion.weight"));
    }
    Criterion criterion = new Criterion(this, name.strip(), weight, criteria.size());
    criteria.add(criterion);
    return criterion;
  }

  public void removeCriterion(Criterion criterion) {
    requireDraft();
    criteria.remove(criterion);
  }

  /** A jury member (an account with the juror role); until the jury's review begins. */
  public Juror addJuror(String username, String displayName) {
    requireJuryOpen();
    if (juror(username).isPresent()) {
      throw new RuleViolationException(
          RuleViolation.of("juror", "award.juror.already", displayName));
    }
    Juror juror = new Juror(this, username, displayName, jurors.isEmpty());
    jurors.add(juror);
    return juror;
  }

  public void removeJuror(Juror juror) {
    requireJuryOpen();
    jurors.remove(juror);
    if (juror.isChair() && !jurors.isEmpty()) {
      jurors.get(0).setChair(true);
    }
  }

  /** Makes this member the jury's one chair. */
  public void appointChair(Juror chair) {
    requireJuryOpen();
    jurors.forEach(j -> j.setChair(j.equals(chair)));
  }

  public Optional<Juror> juror(String username) {
    return jurors.stream().filter(j -> j.getUsername().equals(username)).findFirst();
  }

  public Optional<Juror> chair() {
    return jurors.stream().filter(Juror::isChair).findFirst();
  }

  /** The sum of all places' amounts. */
  public BigDecimal plannedSplit() {
    return categories.stream()
        .flatMap(c -> c.getPlaces().stream())
        .map(AwardPlace::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Moves to the next status. The call opens only with a complete set-up; the jury's review begins
   * when every nomination has been checked and one at least is on the shortlist; the decision and
   * the publication have their own steps ({@link #decided}, {@link #published}).
   */
  public void advance(long unchecked, long shortlisted) {
    List<RuleViolation> violations = new ArrayList<>();
    switch (status) {
      case DRAFT -> violations.addAll(readiness());
      case OPEN -> {}
      case ELIGIBILITY -> {
        if (unchecked > 0) {
          violations.add(RuleViolation.general("award.advance.unchecked", unchecked));
        }
        if (shortlisted == 0) {
          violations.add(RuleViolation.general("award.advance.noShortlist"));
        }
      }
      default -> violations.add(RuleViolation.general("award.advance.notHere"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    status = status.next();
  }

  /** What the set-up still lacks before the call can open. */
  public List<RuleViolation> readiness() {
    List<RuleViolation> missing = new ArrayList<>();
    if (categories.isEmpty()) {
      missing.add(RuleViolation.general("award.ready.categories"));
    }
    if (categories.stream().anyMatch(c -> c.getPlaces().isEmpty())) {
      missing.add(RuleViolation.general("award.ready.places"));
    }
    if (plannedSplit().compareTo(prizeMoney) != 0) {
      missing.add(
          RuleViolation.general(
              "award.decision.sum", plannedSplit().toPlainString(), prizeMoney.toPlainString()));
    }
    if (criteria.isEmpty()) {
      missing.add(RuleViolation.general("award.ready.criteria"));
    }
    if (chair().isEmpty()) {
      missing.add(RuleViolation.general("award.ready.jury"));
    }
    return missing;
  }

  /** The chair may let the jurors see each other's scores once the review runs. */
  public void releaseScores() {
    if (status != ProgrammeStatus.JURY_REVIEW) {
      throw new RuleViolationException("award.release.notInReview");
    }
    scoresReleased = true;
  }

  /** The chair's decision was recorded. */
  public void decided(LocalDateTime at) {
    if (status != ProgrammeStatus.JURY_REVIEW) {
      throw new RuleViolationException("award.decision.notInReview");
    }
    status = ProgrammeStatus.DECIDED;
    decidedAt = at;
  }

  /** The winners were published. */
  public void published(LocalDateTime at) {
    if (status != ProgrammeStatus.DECIDED) {
      throw new RuleViolationException("award.publish.notDecided");
    }
    status = ProgrammeStatus.PUBLISHED;
    publishedAt = at;
  }

  /** Whether the public form and staff take nominations on this day. */
  public boolean acceptsNominationsOn(LocalDate day) {
    return status == ProgrammeStatus.OPEN
        && !day.isBefore(nominationOpens)
        && !day.isAfter(nominationCloses);
  }

  /** Whether nominations may still be checked for eligibility and put on the shortlist. */
  public boolean inEligibilityCheck() {
    return status == ProgrammeStatus.OPEN || status == ProgrammeStatus.ELIGIBILITY;
  }

  private void requireDraft() {
    if (status != ProgrammeStatus.DRAFT) {
      throw new RuleViolationException("award.programme.fixed");
    }
  }

  private void requireJuryOpen() {
    if (status.compareTo(ProgrammeStatus.JURY_REVIEW) >= 0) {
      throw new RuleViolationException("award.juror.fixed");
    }
  }

  public AwardType getType() {
    return type;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getNominationOpens() {
    return nominationOpens;
  }

  public LocalDate getNominationCloses() {
    return nominationCloses;
  }

  public BigDecimal getPrizeMoney() {
    return prizeMoney;
  }

  public ProgrammeStatus getStatus() {
    return status;
  }

  public boolean isNormalised() {
    return normalised;
  }

  public boolean isScoresReleased() {
    return scoresReleased;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public List<AwardCategory> getCategories() {
    return categories;
  }

  public List<Criterion> getCriteria() {
    return criteria;
  }

  public List<Juror> getJurors() {
    return jurors;
  }

  @Override
  public String auditSubject() {
    return type.receiptPrefix() + " " + year;
  }
}
