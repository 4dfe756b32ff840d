package de.dortmund.miadoki.awards.infrastructure;

import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardPlace;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.Criterion;
import de.dortmund.miadoki.awards.domain.Declaration;
import de.dortmund.miadoki.awards.domain.InformedHow;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.MigrationHistory;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationData;
import de.dortmund.miadoki.awards.domain.NomineeKind;
import de.dortmund.miadoki.awards.domain.Scorecard;
import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.persistence.Sequences;
import de.dortmund.miadoki.platform.security.PasswordHasher;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.SecretTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data of the awards, created once with {@code miadoki.demo=true}: the Integrationspreis of
 * two years ago and the Ethnischer Wirtschaftspreis of last year, decided and published; this
 * year's Integrationspreis in the jury's review (the demo juror "jury" chairs it, two jurors have
 * scored, one is recused); next year's Wirtschaftspreis open for nominations, so that the public
 * form and the eligibility check have something to show.
 */
@ApplicationScoped
public class AwardsDemoData {

  private static final Logger LOG = Logger.getLogger(AwardsDemoData.class.getName());

  /** Jurors besides the demo account "jury"; they have no password (demo only). */
  private static final String[][] JURORS = {
    {"ayse.kaya", "Ayşe Kaya"},
    {"rezan.aslan", "Rezan Aslan"},
    {"olena.koval", "Олена Коваль"}
  };

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Sequences sequences;
  @Inject PasswordHasher hasher;

  @Transactional
  void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) DatabaseReady ready) {
    if (!Settings.demo()) {
      return;
    }
    long existing =
        em.createQuery("select count(p) from AwardProgramme p", Long.class).getSingleResult();
    if (existing == 0) {
      seed();
    }
  }

  private void seed() {
    String unusable = hasher.hash(SecretTokens.newToken());
    for (String[] j : JURORS) {
      if (account(j[0]) == null) {
        em.persist(
            new PortalUser(
                j[0],
                j[1],
                j[0] + "@jury.miadoki.example",
                unusable,
                null,
                EnumSet.of(Role.JUROR),
                clock.instant()));
      }
    }
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    // the Integrationspreis in even years, the Wirtschaftspreis in odd years
    int integration = year % 2 == 0 ? year : year - 1;
    int business = integration - 1;
    boolean businessOpen = business + 2 > integration;

    pastIntegrationPrize(integration - 2);
    pastBusinessPrize(business);
    integrationPrizeInReview(integration, today);
    if (businessOpen) {
      businessPrizeOpen(business + 2, today);
    }
    LOG.info("Demo data: four award editions created");
  }

  /** The programme with the demo criteria and jury, stored. */
  private void store(AwardProgramme p) {
    criteria(p);
    jury(p);
    em.persist(p);
    em.flush();
  }

  private void pastIntegrationPrize(int year) {
    AwardProgramme p =
        programme(
            AwardType.INTEGRATION,
            year,
            "Integrationspreis " + year,
            LocalDate.of(year, 3, 1),
            LocalDate.of(year, 5, 31),
            "10000");
    AwardCategory people = p.addCategory("Engagement von Einzelpersonen", amounts("3000", "2000"));
    AwardCategory groups = p.addCategory("Initiativen und Vereine", amounts("3000", "1500", "500"));
    store(p);
    toEligibilityCheck(p);
    LocalDateTime at = LocalDate.of(year, 4, 2).atTime(10, 15);
    Nomination zeynep =
        shortlisted(
            p,
            people,
            NomineeKind.PERSON,
            "Zeynep Demir",
            null,
            "Gründete die Stadtteilmütter in der Nordstadt und begleitet seit zehn Jahren Familien zu Ämtern, Schulen und Ärzten.",
            "Elif Yıldırım",
            at,
            true);
    Nomination yusuf =
        shortlisted(
            p,
            people,
            NomineeKind.PERSON,
            "Yusuf Öztürk",
            null,
            "Trainiert ehrenamtlich eine Fußballmannschaft, in der Kinder aus zwölf Herkunftsländern spielen.",
            "Jonas Becker",
            at.plusDays(3),
            true);
    Nomination garten =
        shortlisted(
            p,
            groups,
            NomineeKind.INITIATIVE,
            "Nguyễn Văn An",
            "Nachbarschaftsgarten Hörde",
            "Ein Gemeinschaftsgarten, in dem Nachbarinnen und Nachbarn aus Vietnam, Syrien und Dortmund gemeinsam gärtnern und kochen.",
            "Trần Thị Mai",
            at.plusDays(5),
            true);
    Nomination sprachcafe =
        shortlisted(
            p,
            groups,
            NomineeKind.ORGANISATION,
            "Hêvî Zana",
            "Sprachcafé Eving e. V.",
            "Wöchentliches Sprachcafé mit Kinderbetreuung; über 400 Teilnehmende im Jahr.",
            "Fatma Yılmaz",
            at.plusDays(6),
            false);
    p.advance(0, 4);
    decide(
        p,
        LocalDate.of(year, 9, 20).atTime(17, 0),
        Map.of(
            place(people, 1), List.of(zeynep),
            place(people, 2), List.of(yusuf),
            place(groups, 1), List.of(garten),
            place(groups, 2), List.of(sprachcafe)),
        List.of(place(groups, 3)));
  }

  private void pastBusinessPrize(int year) {
    AwardProgramme p =
        programme(
            AwardType.ETHNIC_BUSINESS,
            year,
            "Ethnischer Wirtschaftspreis " + year,
            LocalDate.of(year, 2, 1),
            LocalDate.of(year, 4, 30),
            "6000");
    AwardCategory founders = p.addCategory("Gründung und Wachstum", amounts("4000", "2000"));
    store(p);
    toEligibilityCheck(p);
    LocalDateTime at = LocalDate.of(year, 3, 10).atTime(9, 0);
    Nomination bakery =
        business(
            p,
            founders,
            "Karim Haddad",
            "Bäckerei Haddad",
            "Syrische und westfälische Backwaren in der Münsterstraße, sechs Ausbildungsplätze.",
            at);
    Nomination logistics =
        business(
            p,
            founders,
            "Oksana Shevchenko",
            "Shevchenko Logistik GmbH",
            "Spedition mit 40 Beschäftigten, mehrsprachige Ausbildung.",
            at.plusDays(2));
    for (Nomination n : List.of(bakery, logistics)) {
      n.shortlist();
    }
    p.advance(0, 2);
    decide(
        p,
        LocalDate.of(year, 9, 1).atTime(18, 0),
        Map.of(place(founders, 1), List.of(bakery), place(founders, 2), List.of(logistics)),
        List.of());
  }

  private void integrationPrizeInReview(int year, LocalDate today) {
    LocalDate closes = today.minusDays(30);
    AwardProgramme p =
        programme(
            AwardType.INTEGRATION,
            year,
            "Integrationspreis " + year,
            closes.minusMonths(3),
            closes,
            "10000");
    AwardCategory people = p.addCategory("Engagement von Einzelpersonen", amounts("3000", "2000"));
    AwardCategory groups = p.addCategory("Initiativen und Vereine", amounts("3000", "1500", "500"));
    store(p);
    toEligibilityCheck(p);
    LocalDateTime at = closes.minusDays(40).atTime(11, 30);
    Nomination leyla =
        shortlisted(
            p,
            people,
            NomineeKind.PERSON,
            "Leyla Karimi",
            null,
            "Übersetzt seit 2015 ehrenamtlich für Geflüchtete aus Afghanistan und dem Iran und hat eine Elterngruppe an der Grundschule aufgebaut.",
            "Serhiy Bondarenko",
            at,
            true);
    Nomination rojda =
        shortlisted(
            p,
            people,
            NomineeKind.PERSON,
            "Rojda Aslan",
            null,
            "Organisiert kurdische und deutsche Lesepatenschaften in der Stadtbibliothek.",
            "Mehmet Mitarbeiter",
            at.plusDays(1),
            true);
    Nomination chor =
        shortlisted(
            p,
            groups,
            NomineeKind.INITIATIVE,
            "Олена Коваленко",
            "Ukrainischer Chor Dortmund",
            "Ein Chor, der Geflüchtete aus der Ukraine und Dortmunder Sängerinnen zusammenbringt; Konzerte in Altenheimen.",
            "Anna Anfrage",
            at.plusDays(2),
            false);
    Nomination moschee =
        shortlisted(
            p,
            groups,
            NomineeKind.ORGANISATION,
            "Ahmad Al-Masri",
            "Nachbarschaftsküche Scharnhorst",
            "Kocht jeden Freitag mit 60 Menschen aus der Nachbarschaft, unabhängig von Herkunft und Religion.",
            "Ayşe Demir",
            at.plusDays(3),
            true);
    Nomination ineligible =
        nomination(
            p,
            groups,
            NomineeKind.ORGANISATION,
            "Max Mustermann",
            "Immobilien Mustermann GmbH",
            "Vermietet Wohnungen.",
            "Max Mustermann",
            at.plusDays(4),
            null);
    ineligible.decideEligibility(
        false, "Selbstnominierung eines Unternehmens, nicht im Sinne der Ausschreibung.");
    p.advance(0, 4);
    Juror jury = p.juror("jury").orElseThrow();
    Juror ayse = p.juror("ayse.kaya").orElseThrow();
    Juror rezan = p.juror("rezan.aslan").orElseThrow();
    Juror olena = p.juror("olena.koval").orElseThrow();
    LocalDateTime review = closes.plusDays(10).atTime(19, 0);
    // Ayşe has scored everything; Rezan is recused for Rojda Aslan (his sister) and has scored
    // the rest; Olena has begun; the chair has declared for two and scored one
    for (Nomination n : List.of(leyla, rojda, chor, moschee)) {
      declare(n, ayse, null, review);
      score(p, n, ayse, scoresFor(n, 0), true, review.plusHours(1));
    }
    declare(rojda, rezan, "Rojda Aslan ist meine Schwester.", review.plusDays(1));
    for (Nomination n : List.of(leyla, chor, moschee)) {
      declare(n, rezan, null, review.plusDays(1));
      score(p, n, rezan, scoresFor(n, -2), true, review.plusDays(1).plusHours(1));
    }
    declare(leyla, olena, null, review.plusDays(2));
    score(p, leyla, olena, scoresFor(leyla, 1), false, review.plusDays(2));
    declare(leyla, jury, null, review.plusDays(3));
    declare(chor, jury, null, review.plusDays(3));
    score(p, leyla, jury, scoresFor(leyla, 0), true, review.plusDays(3).plusHours(2));
  }

  private void businessPrizeOpen(int year, LocalDate today) {
    AwardProgramme p =
        programme(
            AwardType.ETHNIC_BUSINESS,
            year,
            "Ethnischer Wirtschaftspreis " + year,
            today.minusDays(14),
            today.plusDays(60),
            "6000");
    AwardCategory founders = p.addCategory("Gründung und Wachstum", amounts("4000", "2000"));
    store(p);
    p.advance(0, 0);
    LocalDateTime at = today.minusDays(10).atTime(14, 0);
    business(
        p,
        founders,
        "Trần Văn Hùng",
        "Phở Hùng – vietnamesisches Restaurant",
        "Familienbetrieb am Westenhellweg seit 2009, bildet jedes Jahr zwei junge Menschen aus.",
        at);
    business(
        p,
        founders,
        "Serhiy Bondarenko",
        "Bondarenko IT-Service",
        "Gründete 2023 nach der Flucht aus Charkiw ein IT-Unternehmen mit inzwischen acht Beschäftigten.",
        at.plusDays(1));
  }

  /** From the draft through the nomination period to the eligibility check. */
  private static void toEligibilityCheck(AwardProgramme p) {
    p.advance(0, 0);
    p.advance(0, 0);
  }

  private AwardProgramme programme(
      AwardType type, int year, String title, LocalDate opens, LocalDate closes, String money) {
    AwardProgramme p = new AwardProgramme(type, year);
    p.describe(title, opens, closes, new BigDecimal(money), true);
    return p;
  }

  private static List<BigDecimal> amounts(String... amounts) {
    return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
  }

  private static void criteria(AwardProgramme p) {
    p.addCriterion("Wirkung für das Zusammenleben", 3);
    p.addCriterion("Nachhaltigkeit", 2);
    p.addCriterion("Vorbildcharakter", 1);
  }

  private void jury(AwardProgramme p) {
    Juror chair = p.addJuror("jury", "Jonas Jury");
    for (String[] j : JURORS) {
      p.addJuror(j[0], j[1]);
    }
    p.appointChair(chair);
  }

  private Nomination nomination(
      AwardProgramme p,
      AwardCategory category,
      NomineeKind kind,
      String nominee,
      String organisation,
      String justification,
      String nominator,
      LocalDateTime at,
      MigrationHistory migration) {
    String receipt =
        "%s-%d-%05d"
            .formatted(
                p.getType().receiptPrefix(), p.getYear(), sequences.next("award_receipt_seq"));
    String mail = nominator.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
    Nomination n =
        new Nomination(
            p,
            receipt,
            new NominationData(
                category,
                kind,
                nominee,
                organisation,
                null,
                "Musterstraße 1, 44137 Dortmund",
                nominator,
                mail + "@example.org",
                null,
                justification,
                "Lebt und wirkt seit vielen Jahren in Dortmund.",
                migration),
            null,
            at);
    em.persist(n);
    return n;
  }

  private Nomination shortlisted(
      AwardProgramme p,
      AwardCategory category,
      NomineeKind kind,
      String nominee,
      String organisation,
      String justification,
      String nominator,
      LocalDateTime at,
      boolean publication) {
    Nomination n =
        nomination(p, category, kind, nominee, organisation, justification, nominator, at, null);
    n.decideEligibility(true, null);
    n.informed(InformedHow.LETTER, at.plusDays(20));
    n.recordConsent(true, publication, at.plusDays(30));
    n.shortlist();
    return n;
  }

  private Nomination business(
      AwardProgramme p,
      AwardCategory category,
      String owner,
      String company,
      String justification,
      LocalDateTime at) {
    Nomination n =
        nomination(
            p,
            category,
            NomineeKind.BUSINESS,
            owner,
            company,
            justification,
            "Industrie- und Handelskammer",
            at,
            MigrationHistory.YES);
    if (p.getStatus().compareTo(de.dortmund.miadoki.awards.domain.ProgrammeStatus.OPEN) > 0) {
      n.decideEligibility(true, null);
      n.informed(InformedHow.MAIL, at.plusDays(20));
      n.recordConsent(true, true, at.plusDays(25));
    }
    return n;
  }

  /** Ranks 1..n of the place in the category. */
  private static AwardPlace place(AwardCategory category, int rank) {
    return category.getPlaces().stream()
        .filter(pl -> pl.getRank() == rank)
        .findFirst()
        .orElseThrow();
  }

  /** Moves a past edition through the review to its published decision. */
  private void decide(
      AwardProgramme p,
      LocalDateTime at,
      Map<AwardPlace, List<Nomination>> winners,
      List<AwardPlace> notAwarded) {
    List<Juror> jurors = p.getJurors();
    Map<Nomination, AwardPlace> won = new HashMap<>();
    winners.forEach((place, ns) -> ns.forEach(n -> won.put(n, place)));
    int shift = 0;
    for (Juror j : jurors) {
      for (Map.Entry<Nomination, AwardPlace> e : won.entrySet()) {
        declare(e.getKey(), j, null, at.minusDays(20));
        score(
            p,
            e.getKey(),
            j,
            scoresFor(e.getKey(), shift - e.getValue().getRank()),
            true,
            at.minusDays(19));
      }
      shift = (shift + 1) % 3;
    }
    p.releaseScores();
    winners.keySet().forEach(place -> place.decide(place.getAmount(), false));
    notAwarded.forEach(place -> place.decide(BigDecimal.ZERO, true));
    won.forEach((n, place) -> n.decided(place));
    p.decided(at);
    p.published(at.plusDays(7));
  }

  private void declare(Nomination n, Juror j, String conflict, LocalDateTime at) {
    em.persist(new Declaration(n, j, conflict != null, conflict, at));
  }

  private void score(
      AwardProgramme p,
      Nomination n,
      Juror j,
      List<Integer> scores,
      boolean submit,
      LocalDateTime at) {
    List<Criterion> criteria = p.getCriteria();
    Map<Long, Integer> given = new HashMap<>();
    Map<Long, String> comments = new HashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      given.put(criteria.get(i).getId(), scores.get(i));
    }
    comments.put(criteria.get(0).getId(), "Überzeugende Begründung, gut belegt.");
    Scorecard card = new Scorecard(n, j);
    card.record(criteria, given, comments, submit, at);
    em.persist(card);
  }

  /** Scores of 0 to 10 for the three criteria, differing a little from nominee to nominee. */
  private static List<Integer> scoresFor(Nomination n, int shift) {
    int base = 6 + Math.floorMod(n.getNomineeName().length(), 4) + shift;
    return List.of(clip(base), clip(base - 1), clip(base + 1));
  }

  private static int clip(int score) {
    return Math.max(0, Math.min(10, score));
  }

  private PortalUser account(String username) {
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
