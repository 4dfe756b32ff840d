package de.dortmund.miadoki.it.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.JuryResults;
import de.dortmund.miadoki.awards.application.JuryResults.PlaceChoice;
import de.dortmund.miadoki.awards.application.JuryResults.Winner;
import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.JuryWork.NominationForJury;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.application.Nominations.Upload;
import de.dortmund.miadoki.awards.application.PublicNominations;
import de.dortmund.miadoki.awards.domain.AttachmentCheck;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.InformedHow;
import de.dortmund.miadoki.awards.domain.MigrationHistory;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.awards.infrastructure.AwardPdfs;
import de.dortmund.miadoki.it.support.AwardFixtures;
import de.dortmund.miadoki.it.support.AwardFixtures.Edition;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.RequestThrottle;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The awards from the call to the published decision, in the server, on the real database. */
@ExtendWith(ArquillianExtension.class)
class AwardsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject AwardFixtures fixtures;
  @Inject AwardProgrammes programmes;
  @Inject Nominations nominations;
  @Inject PublicNominations publicNominations;
  @Inject JuryWork jury;
  @Inject JuryResults results;
  @Inject RequestThrottle throttle;
  @Inject AuditLog auditLog;
  @Inject de.dortmund.miadoki.awards.web.AwardTasks tasks;
  @Inject de.dortmund.miadoki.it.support.PoolFixtures pool;

  @Test
  void theStatusFollowsItsOrderAndEveryStepIsAudited() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Ayşe Kaya");
    Nomination n = fixtures.nominate(e, e.individuals(), "Zeynep Demir", null);
    fixtures.closeNominations(e);

    // the review cannot begin while a nomination is unchecked and none is shortlisted
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThatThrownBy(() -> programmes.advance(e.id(), fixtures.programmeVersion(e)))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(
            t ->
                assertThat(keys(t))
                    .containsExactlyInAnyOrder(
                        "award.advance.unchecked", "award.advance.noShortlist"));
    assertThat(programmes.load(e.id()).getStatus()).isEqualTo(ProgrammeStatus.ELIGIBILITY);

    // shortlisting needs the nominee's consent, and that needs the information first
    nominations.decideEligibility(n.getId(), fixtures.version(n.getId()), true, null);
    assertThatThrownBy(() -> nominations.shortlist(n.getId(), fixtures.version(n.getId()), true))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.shortlist.noConsent"));
    assertThatThrownBy(
            () -> nominations.recordConsent(n.getId(), fixtures.version(n.getId()), true, true))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.consent.notInformed"));

    fixtures.shortlist(e, n.getId(), true);
    fixtures.toJury(e);
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(programmes.load(e.id()).getStatus()).isEqualTo(ProgrammeStatus.JURY_REVIEW);
    // no step back, no step over the decision
    assertThatThrownBy(() -> programmes.advance(e.id(), fixtures.programmeVersion(e)))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.advance.notHere"));

    caller.actAs("it-admin", Role.ADMIN);
    long updates =
        auditLog
            .search(
                new AuditSearch(e.manager(), "AwardProgramme", String.valueOf(e.id()), null, null),
                PageRequest.of(0, 50))
            .rows()
            .stream()
            .filter(a -> a.getAction() == AuditAction.UPDATE)
            .count();
    assertThat(updates).as("both status changes audited").isGreaterThanOrEqualTo(2);
  }

  @Test
  void theOwnersMigrationHistoryReachesNeitherTheJuryNorThePublication() {
    Edition e = fixtures.open(AwardType.ETHNIC_BUSINESS, "Rezan Aslan");
    Nomination n = fixtures.nominateBusiness(e, "Bùi Minh Châu", MigrationHistory.YES);
    fixtures.closeNominations(e);
    fixtures.shortlist(e, n.getId(), true);
    fixtures.toJury(e);

    // the manager sees the answer, and the nominee's own Art. 15 export contains it
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(nominations.load(n.getId()).getMigrationHistory()).isEqualTo(MigrationHistory.YES);
    assertThat(nominations.aboutNominee("Bùi Minh Châu"))
        .extracting(Nomination::getMigrationHistory)
        .containsExactly(MigrationHistory.YES);

    // what the jury and the publication get has no place for it
    assertThat(componentNames(NominationForJury.class)).noneMatch(c -> c.contains("igration"));
    assertThat(componentNames(JuryWork.Assigned.class)).noneMatch(c -> c.contains("igration"));
    assertThat(componentNames(JuryResults.Row.class)).noneMatch(c -> c.contains("igration"));
    assertThat(componentNames(Winner.class)).noneMatch(c -> c.contains("igration"));
    caller.actAs(e.jurors().get(0), Role.JUROR);
    jury.declare(n.getId(), false, null);
    NominationForJury seen = jury.open(n.getId());
    assertThat(seen.toString()).doesNotContain("YES").doesNotContain("NOT_STATED");
    assertThat(seen.nomineeName()).isEqualTo("Bùi Minh Châu");
  }

  @Test
  void aJurorSeesOnlyNamesUntilDeclaringNoConflictAndARecusedJurorNeverMore() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Olena Koval", "Karim Haddad");
    Nomination n = fixtures.nominate(e, e.initiatives(), "Hêvî Zana", "Sprachcafé Eving");
    fixtures.closeNominations(e);
    fixtures.shortlist(e, n.getId(), false);
    fixtures.toJury(e);
    String chair = e.jurors().get(0);
    String karim = e.jurors().get(1);

    caller.actAs(karim, Role.JUROR);
    JuryWork.Assigned names = jury.forDeclaration(n.getId());
    assertThat(names.nomineeName()).isEqualTo("Hêvî Zana");
    assertThat(names.step()).isEqualTo(JuryWork.Step.DECLARE);
    assertThatThrownBy(() -> jury.open(n.getId())).isInstanceOf(AccessDeniedException.class);
    assertThat(jury.mayOpen(n.getId())).isFalse();
    assertThat(denials(karim, n.getId())).isEqualTo(1);

    caller.actAs(karim, Role.JUROR);
    assertThatThrownBy(() -> jury.declare(n.getId(), true, " "))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.declare.reason"));
    jury.declare(n.getId(), true, "Ich bin im Vorstand des Vereins.");
    assertThatThrownBy(() -> jury.declare(n.getId(), false, null))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.declare.already"));
    assertThatThrownBy(() -> jury.open(n.getId())).isInstanceOf(AccessDeniedException.class);
    assertThat(jury.myNominations(e.id()))
        .extracting(JuryWork.Assigned::step)
        .containsExactly(JuryWork.Step.RECUSED);

    caller.actAs(chair, Role.JUROR);
    assertThat(jury.recusals(e.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.jurorName()).isEqualTo("Karim Haddad");
              assertThat(r.reason()).isEqualTo("Ich bin im Vorstand des Vereins.");
            });
    jury.declare(n.getId(), false, null);
    assertThat(jury.open(n.getId()).justification()).contains("Nordstadt");

    // a juror of another edition is refused outright
    Edition other = fixtures.open(AwardType.INTEGRATION, "Jonas Becker");
    caller.actAs(other.jurors().get(0), Role.JUROR);
    assertThatThrownBy(() -> jury.forDeclaration(n.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void scoresStayHiddenUntilOnesOwnAreSubmittedAndTheChairReleasesThem() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Ayşe Kaya", "Nguyễn Văn An");
    Nomination n = fixtures.nominate(e, e.individuals(), "Leyla Karimi", null);
    fixtures.closeNominations(e);
    fixtures.shortlist(e, n.getId(), true);
    fixtures.toJury(e);
    List<Long> criteria = fixtures.criteria(e);
    String chair = e.jurors().get(0);
    String an = e.jurors().get(1);

    caller.actAs(chair, Role.JUROR);
    jury.declare(n.getId(), false, null);
    jury.score(n.getId(), null, scores(criteria, 8, 6, 9), Map.of(), true);
    caller.actAs(an, Role.JUROR);
    jury.declare(n.getId(), false, null);
    // a draft needs no complete card; submitting does
    jury.score(n.getId(), null, Map.of(criteria.get(0), 4), Map.of(), false);
    long draft = jury.myScorecard(n.getId()).orElseThrow().getVersion();
    assertThatThrownBy(
            () -> jury.score(n.getId(), draft, Map.of(criteria.get(0), 4), Map.of(), true))
        .satisfies(
            t -> assertThat(keys(t)).containsExactly("award.score.missing", "award.score.missing"));
    // a stale screen does not overwrite the card
    assertThatThrownBy(
            () -> jury.score(n.getId(), null, scores(criteria, 1, 1, 1), Map.of(), false))
        .isInstanceOf(ConcurrentChangeException.class);

    caller.actAs(chair, Role.JUROR);
    assertThat(jury.othersCards(n.getId())).as("not released yet").isEmpty();
    assertThatThrownBy(() -> results.ranking(e.id()))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.ranking.notReleased"));
    jury.release(e.id(), fixtures.programmeVersion(e));
    caller.actAs(chair, Role.JUROR);
    assertThat(jury.othersCards(n.getId())).as("the other card is a draft").isEmpty();
    caller.actAs(an, Role.JUROR);
    assertThat(jury.othersCards(n.getId())).as("own card not submitted").isEmpty();

    jury.score(
        n.getId(), draft, scores(criteria, 4, 5, 6), Map.of(criteria.get(0), "solide"), true);
    assertThat(jury.othersCards(n.getId()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.jurorName()).isEqualTo("Ayşe Kaya");
              // (8*3 + 6*2 + 9*1) / 6 = 7.5
              assertThat(c.total()).isEqualTo(7.5);
            });
    assertThatThrownBy(
            () ->
                jury.score(
                    n.getId(),
                    jury.myScorecard(n.getId()).orElseThrow().getVersion(),
                    scores(criteria, 9, 9, 9),
                    Map.of(),
                    true))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.score.submitted"));

    caller.actAs(chair, Role.JUROR);
    // (4*3 + 5*2 + 6*1) / 6 = 4.6667; mean of 7.5 and 4.6667 = 6.0833
    assertThat(results.ranking(e.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.score())
                  .isCloseTo(6.0833, org.assertj.core.api.Assertions.within(0.001));
              assertThat(r.jurors()).isEqualTo(2);
            });
    assertThat(jury.progress(e.id()))
        .extracting(JuryWork.Progress::submitted)
        .containsExactly(1, 1);
  }

  @Test
  void theChairsDecisionSplitsThePrizeMoneyAndOnlyConsentingWinnersArePublished() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Serhiy Bondarenko");
    Nomination zeynep = fixtures.nominate(e, e.individuals(), "Zeynep Demir", null);
    Nomination yusuf = fixtures.nominate(e, e.individuals(), "Yusuf Öztürk", null);
    Nomination garden =
        fixtures.nominate(e, e.initiatives(), "Nguyễn Thị Hoa", "Nachbarschaftsgarten Hörde");
    fixtures.closeNominations(e);
    fixtures.shortlist(e, zeynep.getId(), true);
    fixtures.shortlist(e, yusuf.getId(), false);
    fixtures.shortlist(e, garden.getId(), true);
    fixtures.toJury(e);
    List<Long> first = fixtures.places(e.individuals());
    List<Long> initiatives = fixtures.places(e.initiatives());
    String chair = e.jurors().get(0);

    caller.actAs(chair, Role.JUROR);
    jury.release(e.id(), fixtures.programmeVersion(e));
    // the places must add up to the prize money (EUR 11,000 is not 10,000)
    List<PlaceChoice> wrongSum =
        List.of(
            new PlaceChoice(
                first.get(0),
                new BigDecimal("6000"),
                false,
                List.of(zeynep.getId(), yusuf.getId())),
            new PlaceChoice(first.get(1), new BigDecimal("3000"), true, List.of()),
            new PlaceChoice(
                initiatives.get(0), new BigDecimal("2000"), false, List.of(garden.getId())));
    assertThatThrownBy(() -> results.decide(e.id(), fixtures.programmeVersion(e), wrongSum))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.decision.sum"));
    List<PlaceChoice> wrongCategory =
        List.of(
            new PlaceChoice(first.get(0), new BigDecimal("5000"), false, List.of(garden.getId())),
            new PlaceChoice(first.get(1), new BigDecimal("3000"), false, List.of(zeynep.getId())),
            new PlaceChoice(
                initiatives.get(0), new BigDecimal("2000"), false, List.of(yusuf.getId())));
    assertThatThrownBy(() -> results.decide(e.id(), fixtures.programmeVersion(e), wrongCategory))
        .satisfies(t -> assertThat(keys(t)).contains("award.decision.wrongCategory"));

    // a tie: Zeynep and Yusuf share the first place; the second is not awarded, its money not paid
    List<PlaceChoice> decision =
        List.of(
            new PlaceChoice(
                first.get(0),
                new BigDecimal("5000"),
                false,
                List.of(zeynep.getId(), yusuf.getId())),
            new PlaceChoice(first.get(1), new BigDecimal("3000"), true, List.of()),
            new PlaceChoice(
                initiatives.get(0), new BigDecimal("2000"), false, List.of(garden.getId())));
    caller.actAs(chair, Role.JUROR);
    results.decide(e.id(), fixtures.programmeVersion(e), decision);

    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(nominations.load(yusuf.getId()).getStatus()).isEqualTo(NominationStatus.WINNER);
    results.publish(e.id(), fixtures.programmeVersion(e));
    assertThat(programmes.load(e.id()).getStatus()).isEqualTo(ProgrammeStatus.PUBLISHED);
    // Yusuf did not consent to publication: he is not in the press list; Zeynep's share is half
    List<Winner> published = results.winners(e.id());
    assertThat(published)
        .extracting(Winner::nomineeName)
        .containsExactly("Zeynep Demir", "Nguyễn Thị Hoa");
    assertThat(published.get(0).amount()).isEqualByComparingTo("2500.00");
    assertThat(published.get(0).tied()).isTrue();
    assertThat(published.get(1).amount()).isEqualByComparingTo("2000.00");
  }

  @Test
  void aWithdrawnConsentTakesTheNominationOutOfTheJuryAndEveryExport() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Fatma Yılmaz");
    Nomination n = fixtures.nominate(e, e.individuals(), "Rojda Aslan", null);
    fixtures.closeNominations(e);
    fixtures.shortlist(e, n.getId(), true);
    fixtures.toJury(e);
    caller.actAs(e.jurors().get(0), Role.JUROR);
    assertThat(jury.myNominations(e.id())).hasSize(1);

    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    nominations.withdrawConsent(n.getId(), fixtures.version(n.getId()));
    caller.actAs(e.jurors().get(0), Role.JUROR);
    assertThat(jury.myNominations(e.id())).isEmpty();
    assertThatThrownBy(() -> jury.forDeclaration(n.getId()))
        .isInstanceOf(AccessDeniedException.class);
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(results.ranking(e.id())).isEmpty();
  }

  @Test
  void filesAreCheckedByContentStoredWithSafeNamesAndServedOnlyToThoseWhoMaySeeThem() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Oksana Shevchenko");
    byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    caller.anonymous();
    long before = count(e);
    assertThatThrownBy(
            () ->
                publicNominations.submit(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Karim Haddad", null),
                    List.of(new Upload("brief.pdf", page)),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.attachment.type"));
    // a program renamed to .pdf, a file over 5 MB
    byte[] program = new byte[4096];
    program[0] = 'M';
    program[1] = 'Z';
    assertThatThrownBy(
            () ->
                publicNominations.submit(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Karim Haddad", null),
                    List.of(new Upload("Lebenslauf.pdf", program)),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.attachment.type"));
    byte[] large = Arrays.copyOf(pdf, (int) AttachmentCheck.MAX_BYTES + 1);
    assertThatThrownBy(
            () ->
                publicNominations.submit(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Karim Haddad", null),
                    List.of(new Upload("Mappe.pdf", large)),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.attachment.tooLarge"));
    assertThat(count(e)).as("nothing half-saved").isEqualTo(before);
    assertThatThrownBy(
            () ->
                publicNominations.submit(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Karim Haddad", null),
                    List.of(
                        new Upload("a.pdf", pdf),
                        new Upload("b.pdf", pdf),
                        new Upload("c.pdf", pdf),
                        new Upload("d.pdf", pdf)),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.attachment.tooMany"));

    Nomination n =
        publicNominations.submit(
            e.id(),
            AwardFixtures.form(e.individuals(), "Karim Haddad", null),
            List.of(new Upload("../../Lebenslauf Karim<1>.exe", pdf)),
            Locale.GERMAN);
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    List<Nominations.AttachmentInfo> files = nominations.attachments(n.getId());
    assertThat(files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.fileName()).isEqualTo("Lebenslauf Karim_1_.pdf");
              assertThat(f.contentType()).isEqualTo("application/pdf");
            });
    assertThat(nominations.attachment(files.get(0).id()).getContent()).isEqualTo(pdf);

    fixtures.closeNominations(e);
    fixtures.shortlist(e, n.getId(), true);
    fixtures.toJury(e);
    caller.actAs(e.jurors().get(0), Role.JUROR);
    assertThatThrownBy(() -> nominations.attachment(files.get(0).id()))
        .as("not before the declaration")
        .isInstanceOf(AccessDeniedException.class);
    jury.declare(n.getId(), false, null);
    assertThat(nominations.attachment(files.get(0).id()).getFileName())
        .isEqualTo("Lebenslauf Karim_1_.pdf");
  }

  @Test
  void thePublicFormIsClosedOutsideItsPeriodAndEachClientIsCountedInTheDatabase() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Jonas Becker");
    fixtures.closeNominations(e);
    caller.anonymous();
    assertThatThrownBy(
            () ->
                publicNominations.submit(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Ayşe Demir", null),
                    List.of(),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.nominate.closed"));
    assertThat(publicNominations.openForNominations())
        .extracting(p -> p.getId())
        .doesNotContain(e.id());

    String scope = "it." + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.allow(scope, "203.0.113.7", 5, Duration.ofHours(1))).isTrue();
    }
    assertThat(throttle.allow(scope, "203.0.113.7", 5, Duration.ofHours(1))).isFalse();
    assertThat(throttle.allow(scope, "198.51.100.2", 5, Duration.ofHours(1))).isTrue();
  }

  @Test
  void theNominatorGetsTheReceiptTheNomineeTheArt14NoticeAndAssignedJurorsAloneReview()
      throws Exception {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Hêvî Aydın", "Lê Thu Trang");
    String address = "nominator." + UUID.randomUUID() + "@example.org";
    var form = AwardFixtures.form(e.individuals(), "Bünyamin Çelik", null);
    form.setNominatorEmail(address);
    caller.anonymous();
    Nomination whole = publicNominations.submit(e.id(), form, List.of(), Locale.ENGLISH);
    assertThat(pool.mailsTo(address))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getSubject()).isEqualTo("Your nomination has arrived");
              assertThat(m.getBody())
                  .contains(whole.getReceiptNumber())
                  .contains("Bünyamin Çelik")
                  .contains("Elif Yıldırım");
            });

    Nomination assigned = fixtures.nominate(e, e.individuals(), "Mykola Shevchuk", null);
    fixtures.closeNominations(e);

    // Art. 14: the nominee learns by mail who nominated them, which data are kept and for what
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    nominations.decideEligibility(whole.getId(), fixtures.version(whole.getId()), true, null);
    nominations.inform(
        whole.getId(), fixtures.version(whole.getId()), InformedHow.MAIL, Locale.GERMAN);
    assertThat(pool.mailsTo(form.getNomineeEmail()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.getBody())
                    .contains("Bünyamin Çelik")
                    .contains("von Elif Yıldırım")
                    .contains("Art. 14")
                    .contains("Begründung"));
    // and the letter says the same on paper
    com.lowagie.text.pdf.PdfReader pdf =
        new com.lowagie.text.pdf.PdfReader(
            AwardPdfs.letter(nominations.load(assigned.getId()), LocalDate.now()));
    String letter =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf)
            .getTextFromPage(1)
            .replaceAll("\\s+", " ");
    pdf.close();
    assertThat(letter).contains("Mykola Shevchuk").contains("Elif Yıldırım").contains("Art. 14");
    nominations.recordConsent(whole.getId(), fixtures.version(whole.getId()), true, true);
    nominations.shortlist(whole.getId(), fixtures.version(whole.getId()), true);
    fixtures.shortlist(e, assigned.getId(), true);
    String chair = e.jurors().get(0);
    String second = e.jurors().get(1);
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    long secondId = fixtures.jurorId(e, second);
    nominations.assign(assigned.getId(), fixtures.version(assigned.getId()), Set.of(secondId));
    fixtures.toJury(e);

    caller.actAs(chair, Role.JUROR);
    assertThat(jury.myNominations(e.id()))
        .extracting(JuryWork.Assigned::nomineeName)
        .containsExactly("Bünyamin Çelik");
    assertThatThrownBy(() -> jury.forDeclaration(assigned.getId()))
        .isInstanceOf(AccessDeniedException.class);
    caller.actAs(second, Role.JUROR);
    assertThat(jury.myNominations(e.id()))
        .extracting(JuryWork.Assigned::nomineeName)
        .containsExactlyInAnyOrder("Bünyamin Çelik", "Mykola Shevchuk");
  }

  @Test
  void staffNominateDuringThePeriodAndTheManagerStillDuringTheCheck() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Ömer Kılıç");
    String staff = pool.account("mitarbeit", "Hoàng Minh Đức", null, Role.STAFF);
    caller.actAs(staff, Role.STAFF);
    Nomination n =
        nominations.enter(
            e.id(),
            AwardFixtures.form(e.individuals(), "Dilan Yıldız", null),
            List.of(),
            Locale.GERMAN);
    assertThat(n.getSubmittedBy()).isEqualTo(staff);
    assertThat(n.getStatus()).isEqualTo(NominationStatus.RECEIVED);
    assertThat(n.getReceiptNumber()).startsWith("IP-" + fixtures.year(e) + "-");

    fixtures.closeNominations(e);
    caller.actAs(staff, Role.STAFF);
    assertThatThrownBy(
            () ->
                nominations.enter(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Dilan Yıldız", null),
                    List.of(),
                    Locale.GERMAN))
        .satisfies(t -> assertThat(keys(t)).containsExactly("award.nominate.closed"));
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    Nomination late =
        nominations.enter(
            e.id(),
            AwardFixtures.form(e.individuals(), "Taras Melnyk", null),
            List.of(),
            Locale.GERMAN);
    assertThat(late.getSubmittedBy()).isEqualTo(e.manager());
    caller.actAs(e.jurors().get(0), Role.JUROR);
    assertThatThrownBy(
            () ->
                nominations.enter(
                    e.id(),
                    AwardFixtures.form(e.individuals(), "Taras Melnyk", null),
                    List.of(),
                    Locale.GERMAN))
        .as("a juror is not staff")
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theHomePageCountsNominationsToCheckConsentsMissingAndAJurorsOpenReviews() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Hêvî Zana");
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    long toCheck = task("tasks.awards.toCheck");
    long consents = task("tasks.awards.consents");
    Nomination first = fixtures.nominate(e, e.individuals(), "Ayşe Yıldız", null);
    Nomination second = fixtures.nominate(e, e.individuals(), "Lê Văn Nam", null);
    fixtures.closeNominations(e);
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(task("tasks.awards.toCheck")).isEqualTo(toCheck + 2);
    nominations.decideEligibility(second.getId(), fixtures.version(second.getId()), true, null);
    assertThat(task("tasks.awards.toCheck")).isEqualTo(toCheck + 1);
    assertThat(task("tasks.awards.consents")).isEqualTo(consents + 1);

    fixtures.shortlist(e, first.getId(), true);
    fixtures.shortlist(e, second.getId(), true);
    fixtures.toJury(e);
    String juror = e.jurors().get(0);
    caller.actAs(juror, Role.JUROR);
    assertThat(task("tasks.awards.review")).isEqualTo(2);
    jury.declare(first.getId(), true, "Frau Yıldız ist meine Kollegin.");
    assertThat(task("tasks.awards.review")).as("a recusal ends the work").isEqualTo(1);
  }

  private long task(String key) {
    return tasks.tasks().stream()
        .filter(t -> t.messageKey().equals(key))
        .mapToLong(t -> t.count())
        .sum();
  }

  private long count(Edition e) {
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    long n =
        nominations
            .search(
                e.id(), null, null, de.dortmund.miadoki.platform.persistence.PageRequest.of(0, 50))
            .total();
    caller.anonymous();
    return n;
  }

  private long denials(String person, long nomination) {
    caller.actAs("it-admin", Role.ADMIN);
    return auditLog
        .search(
            new AuditSearch(person, "Nomination", String.valueOf(nomination), null, null),
            PageRequest.of(0, 50))
        .rows()
        .stream()
        .filter(a -> a.getAction() == AuditAction.ACCESS_DENIED)
        .count();
  }

  private static Map<Long, Integer> scores(List<Long> criteria, int... values) {
    Map<Long, Integer> scores = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      scores.put(criteria.get(i), values[i]);
    }
    return scores;
  }

  private static List<String> keys(Throwable t) {
    return ((RuleViolationException) t)
        .violations().stream().map(RuleViolation::messageKey).toList();
  }

  private static List<String> componentNames(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
  }

  @SuppressWarnings("unused")
  private static Set<Long> ids(List<Nomination> list) {
    return Set.copyOf(list.stream().map(Nomination::getId).toList());
  }
}
