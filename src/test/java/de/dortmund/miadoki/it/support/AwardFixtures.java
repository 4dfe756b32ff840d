package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.NominationForm;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.application.PublicNominations;
import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.InformedHow;
import de.dortmund.miadoki.awards.domain.MigrationHistory;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NomineeKind;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Test data of the awards, each piece new: an edition of its own in a year no other edition has
 * (far beyond the demo's), its own jury of new juror accounts and its own award manager; then the
 * steps through the services as the award manager would take them.
 */
@ApplicationScoped
public class AwardFixtures {

  /** The edition, its two categories, its jurors (the first chairs) and its manager. */
  public record Edition(
      long id,
      long individuals,
      long initiatives,
      List<String> jurors,
      String manager,
      AwardType type) {}

  @Inject TestCaller caller;
  @Inject PoolFixtures pool;
  @Inject AwardProgrammes programmes;
  @Inject Nominations nominations;
  @Inject PublicNominations publicNominations;
  @Inject AwardFixtures self;
  @Inject Clock clock;
  @Inject de.dortmund.miadoki.awards.application.JuryWork jury;
  @PersistenceContext EntityManager em;

  /**
   * An edition open for nominations today: EUR 10,000 as 5,000 / 3,000 for individuals and 2,000
   * for initiatives, three weighted criteria, the given jurors (new accounts, the first chairs).
   */
  public Edition open(AwardType type, String... jurorNames) {
    List<String> jurors =
        java.util.Arrays.stream(jurorNames)
            .map(name -> pool.account("juror", name, null, Role.JUROR))
            .toList();
    String manager = pool.account("preise", "Paula Prüfer", null, Role.AWARD_MANAGER);
    return self.create(type, jurors, manager);
  }

  /** An edition whose jury are existing accounts (the first chairs). */
  public Edition openWith(AwardType type, List<String> jurors) {
    String manager = pool.account("preise", "Paula Prüfer", null, Role.AWARD_MANAGER);
    return self.create(type, jurors, manager);
  }

  @Transactional
  public int year(Edition e) {
    return em.find(AwardProgramme.class, e.id()).getYear();
  }

  @Transactional
  public Edition create(AwardType type, List<String> jurors, String manager) {
    Integer last =
        em.createQuery("select max(p.year) from AwardProgramme p", Integer.class).getSingleResult();
    int year = Math.max(last == null ? 0 : last, 3000) + 1;
    LocalDate today = LocalDate.now(clock);
    AwardProgramme p = new AwardProgramme(type, year);
    p.describe(
        "Testpreis " + year,
        today.minusDays(10),
        today.plusDays(30),
        new BigDecimal("10000"),
        false);
    AwardCategory individuals =
        p.addCategory(
            "Engagement von Einzelpersonen",
            List.of(new BigDecimal("5000"), new BigDecimal("3000")));
    AwardCategory initiatives =
        p.addCategory("Initiativen und Vereine", List.of(new BigDecimal("2000")));
    p.addCriterion("Wirkung", 3);
    p.addCriterion("Nachhaltigkeit", 2);
    p.addCriterion("Vorbild", 1);
    for (String juror : jurors) {
      p.addJuror(
          juror,
          em.createQuery(
                  "select u.displayName from PortalUser u where u.username = :u", String.class)
              .setParameter("u", juror)
              .getSingleResult());
    }
    p.appointChair(p.getJurors().get(0));
    p.advance(0, 0);
    em.persist(p);
    em.flush();
    return new Edition(p.getId(), individuals.getId(), initiatives.getId(), jurors, manager, type);
  }

  /** A nomination's form, as the public or staff fill it in. */
  public static NominationForm form(long category, String nominee, String organisation) {
    NominationForm form = new NominationForm();
    form.setCategoryId(category);
    form.setNomineeKind(organisation == null ? NomineeKind.PERSON : NomineeKind.INITIATIVE);
    form.setNomineeName(nominee);
    form.setNomineeOrganisation(organisation);
    form.setNomineeEmail("nominee." + Integer.toHexString(nominee.hashCode()) + "@example.org");
    form.setNominatorName("Elif Yıldırım");
    form.setNominatorEmail("elif.yildirim@example.org");
    form.setJustification(
        "Bringt seit Jahren Menschen aus vielen Ländern in der Nordstadt zusammen.");
    form.setCityConnection("Lebt und arbeitet in Dortmund.");
    return form;
  }

  /** A nomination sent through the public form. */
  public Nomination nominate(Edition e, long category, String nominee, String organisation) {
    caller.anonymous();
    return publicNominations.submit(
        e.id(), form(category, nominee, organisation), List.of(), Locale.GERMAN);
  }

  /** A nomination of a business with the owner's migration history (Wirtschaftspreis). */
  public Nomination nominateBusiness(Edition e, String owner, MigrationHistory history) {
    caller.anonymous();
    NominationForm form = form(e.individuals(), owner, owner + " GmbH");
    form.setNomineeKind(NomineeKind.BUSINESS);
    form.setMigrationHistory(history);
    return publicNominations.submit(e.id(), form, List.of(), Locale.GERMAN);
  }

  /** As the manager: the nomination period ends, the check begins. */
  public void closeNominations(Edition e) {
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    programmes.advance(e.id(), programmeVersion(e));
  }

  /** As the manager: eligible, informed, consented (publication as given), shortlisted. */
  public void shortlist(Edition e, long nomination, boolean publication) {
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    nominations.decideEligibility(nomination, version(nomination), true, null);
    nominations.inform(nomination, version(nomination), InformedHow.LETTER, Locale.GERMAN);
    nominations.recordConsent(nomination, version(nomination), true, publication);
    nominations.shortlist(nomination, version(nomination), true);
  }

  /** As the manager: the jury's review begins. */
  public void toJury(Edition e) {
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    programmes.advance(e.id(), programmeVersion(e));
  }

  /** As the juror: the declaration on a nomination (with a reason when conflicted). */
  public void declare(String juror, long nomination, boolean conflict, String reason) {
    caller.actAs(juror, Role.JUROR);
    jury.declare(nomination, conflict, reason);
  }

  /** The nomination's version as stored now (whoever the caller is). */
  @Transactional
  public long version(long nomination) {
    return (Long)
        em.createQuery("select n.version from Nomination n where n.id = :id")
            .setParameter("id", nomination)
            .getSingleResult();
  }

  /** The edition's version as stored now (whoever the caller is). */
  @Transactional
  public long programmeVersion(Edition e) {
    return (Long)
        em.createQuery("select p.version from AwardProgramme p where p.id = :id")
            .setParameter("id", e.id())
            .getSingleResult();
  }

  /** The id of a juror of the edition. */
  @Transactional
  public long jurorId(Edition e, String username) {
    return em.find(AwardProgramme.class, e.id()).juror(username).orElseThrow().getId();
  }

  /** The criteria's ids in their order (Wirkung, Nachhaltigkeit, Vorbild). */
  @Transactional
  public List<Long> criteria(Edition e) {
    return em.find(AwardProgramme.class, e.id()).getCriteria().stream()
        .map(c -> c.getId())
        .toList();
  }

  /** The places of a category in the order of their rank. */
  @Transactional
  public List<Long> places(long category) {
    return em.find(AwardCategory.class, category).getPlaces().stream()
        .map(pl -> pl.getId())
        .toList();
  }
}
