package de.dortmund.miadoki.awards.application;

import static de.dortmund.miadoki.platform.security.Role.AWARD_MANAGER;

import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.Criterion;
import de.dortmund.miadoki.awards.domain.Editions;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The award manager's editions of the awards: their set-up (categories with prize places, criteria,
 * jury and chair) and the steps of their status, each step audited.
 */
@ApplicationScoped
@RequiresRole(AWARD_MANAGER)
public class AwardProgrammes {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject AwardMail mail;
  @Inject Clock clock;

  /** All editions, the latest first. */
  @Transactional
  public List<AwardProgramme> all() {
    return em.createQuery(
            "select p from AwardProgramme p order by p.year desc, p.type", AwardProgramme.class)
        .getResultList();
  }

  @Transactional
  public AwardProgramme load(long id) {
    AwardProgramme programme = records.reread(AwardProgramme.class, id, Records.anyone());
    programme.getCategories().forEach(c -> c.getPlaces().size());
    programme.getCriteria().size();
    programme.getJurors().size();
    return programme;
  }

  /** A new edition, as a draft; it must fit the awards' rhythm ({@link Editions}). */
  @Transactional
  public AwardProgramme create(
      @NotNull AwardType type,
      int year,
      @NotNull String title,
      @NotNull LocalDate opens,
      @NotNull LocalDate closes,
      @NotNull BigDecimal prizeMoney,
      boolean normalised) {
    List<Editions.Edition> existing =
        all().stream().map(p -> new Editions.Edition(p.getType(), p.getYear())).toList();
    List<RuleViolation> violations = Editions.check(type, year, existing);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    AwardProgramme programme = new AwardProgramme(type, year);
    programme.describe(title, opens, closes, prizeMoney, normalised);
    return records.create(programme);
  }

  @Transactional
  public void describe(
      long id,
      long version,
      @NotNull String title,
      @NotNull LocalDate opens,
      @NotNull LocalDate closes,
      @NotNull BigDecimal prizeMoney,
      boolean normalised) {
    AwardProgramme programme = change(id, version);
    programme.describe(title, opens, closes, prizeMoney, normalised);
    records.changed(programme);
  }

  @Transactional
  public void addCategory(long id, long version, @NotNull String name, List<BigDecimal> places) {
    if (name.isBlank()) {
      throw new RuleViolationException(RuleViolation.of("categoryName", "validation.required"));
    }
    if (places.isEmpty() || places.stream().anyMatch(a -> a.signum() < 0)) {
      throw new RuleViolationException(RuleViolation.of("categoryPlaces", "award.category.places"));
    }
    AwardProgramme programme = change(id, version);
    programme.addCategory(name, places);
    records.changed(programme);
  }

  @Transactional
  public void removeCategory(long id, long version, long categoryId) {
    AwardProgramme programme = change(id, version);
    AwardCategory category = records.find(AwardCategory.class, categoryId);
    long used =
        em.createQuery("select count(n) from Nomination n where n.category = :c", Long.class)
            .setParameter("c", category)
            .getSingleResult();
    if (used > 0) {
      throw new RuleViolationException("award.category.used");
    }
    programme.removeCategory(category);
    records.changed(programme);
  }

  @Transactional
  public void addCriterion(long id, long version, @NotNull String name, int weight) {
    if (name.isBlank()) {
      throw new RuleViolationException(RuleViolation.of("criterionName", "validation.required"));
    }
    AwardProgramme programme = change(id, version);
    programme.addCriterion(name, weight);
    records.changed(programme);
  }

  @Transactional
  public void removeCriterion(long id, long version, long criterionId) {
    AwardProgramme programme = change(id, version);
    programme.removeCriterion(records.find(Criterion.class, criterionId));
    records.changed(programme);
  }

  /** Adds an account with the juror role to the jury (invite new jurors first). */
  @Transactional
  public void addJuror(long id, long version, @NotNull String username) {
    AwardProgramme programme = change(id, version);
    PortalUser account =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", username)
            .getResultStream()
            .filter(u -> u.isActive() && u.hasRole(Role.JUROR))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolationException(RuleViolation.of("juror", "award.juror.noAccount")));
    programme.addJuror(account.getUsername(), account.getDisplayName());
    records.changed(programme);
  }

  @Transactional
  public void removeJuror(long id, long version, long jurorId) {
    AwardProgramme programme = change(id, version);
    Juror juror = records.find(Juror.class, jurorId);
    long worked =
        em.createQuery("select count(d) from Declaration d where d.juror = :j", Long.class)
            .setParameter("j", juror)
            .getSingleResult();
    if (worked > 0) {
      throw new RuleViolationException("award.juror.hasWorked");
    }
    programme.removeJuror(juror);
    records.changed(programme);
  }

  @Transactional
  public void appointChair(long id, long version, long jurorId) {
    AwardProgramme programme = change(id, version);
    programme.appointChair(records.find(Juror.class, jurorId));
    records.changed(programme);
  }

  /**
   * The next step of the edition's status: the call opens, the eligibility check begins, the jury's
   * review begins (the jurors are told by mail).
   */
  @Transactional
  public ProgrammeStatus advance(long id, long version) {
    AwardProgramme programme = change(id, version);
    programme.advance(
        count(programme, NominationStatus.RECEIVED),
        count(programme, NominationStatus.SHORTLISTED));
    records.changed(programme);
    if (programme.getStatus() == ProgrammeStatus.JURY_REVIEW) {
      programme.getJurors().forEach(j -> mail.reviewBegins(j.getUsername(), programme));
    }
    return programme.getStatus();
  }

  /** Accounts that may join a jury. */
  @Transactional
  public List<PortalUser> jurorAccounts() {
    return em.createQuery(
            "select distinct u from PortalUser u join u.roles r"
                + " where r = :role and u.active = true order by u.displayName",
            PortalUser.class)
        .setParameter("role", Role.JUROR)
        .getResultList();
  }

  private long count(AwardProgramme programme, NominationStatus status) {
    return em.createQuery(
            "select count(n) from Nomination n where n.programme = :p and n.status = :s",
            Long.class)
        .setParameter("p", programme)
        .setParameter("s", status)
        .getSingleResult();
  }

  private AwardProgramme change(long id, long version) {
    AwardProgramme programme = records.change(AwardProgramme.class, id, version, Records.anyone());
    // a change of its categories, criteria or jury is a change of the programme too
    em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return programme;
  }
}
