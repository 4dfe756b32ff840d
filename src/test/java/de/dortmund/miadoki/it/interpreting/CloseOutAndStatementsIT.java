package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.interpreting.application.PoolCalendar;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Outcome;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.infrastructure.StatementPdf;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Close-out, pay rules, frozen statements with corrections, access and cost allocation. */
@ExtendWith(ArquillianExtension.class)
class CloseOutAndStatementsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject Assignments assignments;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject CostAllocation costs;
  @Inject de.dortmund.miadoki.interpreting.application.Offers offers;
  @Inject de.dortmund.miadoki.interpreting.application.InterpreterDirectory directory;
  @Inject de.dortmund.miadoki.interpreting.application.MasterData masterData;
  @Inject PoolCalendar calendar;
  @Inject de.dortmund.miadoki.interpreting.application.Reminders reminders;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  private String requester;
  private String interpreterAccount;
  private Interpreter interpreter;

  /** A 60-minute appointment of a fresh interpreter, booked and then moved to {@code start}. */
  private Assignment held(String department, LocalDateTime start) {
    PoolFixtures.Held held = fixtures.held(department, start);
    interpreterAccount = held.interpreterAccount();
    interpreter = held.interpreter();
    requester = held.requester();
    return held.assignment();
  }

  private Assignment reload(Assignment a) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return requests.assignmentOf(a.getRequest().getId());
  }

  private static LocalDateTime tuesdayOf(YearMonth month) {
    return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  @Test
  void reportedConfirmedAndPaidOnAFrozenStatementThatOnlyItsInterpreterAndCoordinatorsOpen()
      throws Exception {
    YearMonth month = YearMonth.now(clock).minusMonths(2);
    Assignment a = held("MIA", tuesdayOf(month));

    caller.actAs(interpreterAccount, Role.INTERPRETER);
    assertThat(closeOut.toReportOfMine()).extracting(Assignment::getId).contains(a.getId());
    // 150 minutes and 12 km: EUR 25 + 10 for the started third hour + 10 travel
    closeOut.report(
        a.getId(),
        a.getVersion(),
        new CloseOut.Report(a.getStartsAt(), a.getStartsAt().plusMinutes(150), 12));
    a = reload(a);
    assertThat(a.getCloseState()).isEqualTo(CloseOutState.REPORTED);

    caller.actAs(requester, Role.REQUESTER);
    closeOut.confirm(a.getId(), a.getVersion());
    assertThat(requests.load(a.getRequest().getId()).getStatus()).isEqualTo(RequestStatus.DONE);
    // the same confirmation sent again (the server went away before its answer arrived): it is
    // refused as changed meanwhile, nothing is confirmed twice
    Assignment reported = a;
    assertThatThrownBy(() -> closeOut.confirm(reported.getId(), reported.getVersion()))
        .isInstanceOf(ConcurrentChangeException.class);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    List<PayStatement> issued = statements.issue(month);
    PayStatement statement =
        issued.stream()
            .filter(s -> s.getInterpreter().getId().equals(interpreter.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(statement.getTotal()).isEqualByComparingTo("45.00");
    assertThat(requests.load(a.getRequest().getId()).getStatus()).isEqualTo(RequestStatus.SETTLED);
    // issuing again adds nothing for this interpreter
    assertThat(statements.issue(month))
        .noneMatch(s -> s.getInterpreter().getId().equals(interpreter.getId()));

    String text = pdfText(StatementPdf.render(statements.load(statement.getId())));
    assertThat(text)
        .contains("Abrechnung")
        .contains("45,00 €")
        .contains("Einsatz nach bestätigter Zeit");

    // cost allocation: this department's only item in that month
    assertThat(costs.between(month, month))
        .filteredOn(r -> r.department().contains("MIA") || r.costCentre() != null)
        .anySatisfy(r -> assertThat(r.amount()).isEqualByComparingTo("45.00"));

    caller.actAs(interpreterAccount, Role.INTERPRETER);
    assertThat(statements.mine()).extracting(PayStatement::getId).contains(statement.getId());
    String stranger = PoolFixtures.unique("dolm").toLowerCase();
    fixtures.interpreter(stranger);
    caller.actAs(stranger, Role.INTERPRETER);
    long id = statement.getId();
    assertThatThrownBy(() -> statements.load(id)).isInstanceOf(AccessDeniedException.class);
    caller.actAs("it-admin", Role.ADMIN);
    assertThat(
            auditLog
                .search(
                    new AuditSearch(stranger, "PayStatement", String.valueOf(id), null, null),
                    PageRequest.of(0, 5))
                .rows())
        .extracting(AuditEntry::getAction)
        .containsExactly(AuditAction.ACCESS_DENIED);
  }

  @Test
  void aDisputedReportIsDecidedByTheCoordinatorAndALaterCorrectionGoesIntoTheNextStatement() {
    YearMonth month = YearMonth.now(clock).minusMonths(1);
    Assignment a = held("JUG", tuesdayOf(month));
    caller.actAs(interpreterAccount, Role.INTERPRETER);
    closeOut.report(
        a.getId(),
        a.getVersion(),
        new CloseOut.Report(a.getStartsAt(), a.getStartsAt().plusMinutes(200), 30));
    a = reload(a);

    caller.actAs(requester, Role.REQUESTER);
    closeOut.dispute(a.getId(), a.getVersion(), "Termin endete nach 90 Minuten");
    Assignment disputed = reload(a);
    assertThat(disputed.getCloseState()).isEqualTo(CloseOutState.DISPUTED);
    caller.actAs(requester, Role.REQUESTER);
    assertThatThrownBy(() -> closeOut.confirm(disputed.getId(), disputed.getVersion()))
        .isInstanceOf(RuleViolationException.class);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    closeOut.resolve(
        disputed.getId(),
        disputed.getVersion(),
        new CloseOut.Report(disputed.getStartsAt(), disputed.getStartsAt().plusMinutes(90), 30));
    // 90 minutes and 30 km: EUR 25 + 15 travel
    PayStatement first =
        statements.issue(month).stream()
            .filter(s -> s.getInterpreter().getId().equals(interpreter.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(first.getTotal()).isEqualByComparingTo("40.00");

    // corrected after the statement: 4 hours -> EUR 45 + 15; the difference comes next month
    Assignment settled = reload(a);
    closeOut.resolve(
        settled.getId(),
        settled.getVersion(),
        new CloseOut.Report(settled.getStartsAt(), settled.getStartsAt().plusMinutes(240), 30));
    PayStatement next =
        statements.issue(month.plusMonths(1)).stream()
            .filter(s -> s.getInterpreter().getId().equals(interpreter.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(next.getTotal()).isEqualByComparingTo("20.00");
    assertThat(statements.load(next.getId()).getLines())
        .singleElement()
        .satisfies(l -> assertThat(l.isCorrection()).isTrue());
    PayStatement frozen = statements.load(first.getId());
    assertThat(frozen.getTotal()).isEqualByComparingTo("40.00");
    assertThat(frozen.getLines()).hasSize(1);
    assertThat(frozen.getLines().get(0).getAmount()).isEqualByComparingTo("40.00");
  }

  private Assignment assignmentOfRequest(long requestId) {
    return fixtures.read(
        em ->
            em.createQuery("select a from Assignment a where a.request.id = :r", Assignment.class)
                .setParameter("r", requestId)
                .getSingleResult());
  }

  private List<String> subjectsTo(String recipient) {
    return fixtures.read(
        em ->
            em.createQuery(
                    "select m.subject from OutboxMessage m where m.recipient = :r order by m.id",
                    String.class)
                .setParameter("r", recipient)
                .getResultList());
  }

  @Test
  void calendarsShowThePoolByLanguageOrInterpreterAndEachInterpreterTheOwnDays() {
    String account = PoolFixtures.unique("dolm").toLowerCase();
    Interpreter own = fixtures.interpreter(account);
    fixtures.requester("JUG");
    LocalDateTime week = fixtures.freeTuesday();
    InterpreterRequest booked = requests.create(fixtures.form(week), null);
    InterpreterRequest offered = requests.create(fixtures.form(week.plusDays(1)), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Assignment assignment = assignments.assign(booked.getId(), own.getId());
    offers.send(
        offered.getId(),
        new de.dortmund.miadoki.interpreting.application.OfferPlan(
            List.of(own.getId()),
            List.of(),
            null,
            clock.instant().plus(java.time.Duration.ofDays(1))));
    caller.actAs(account, Role.INTERPRETER);
    Interpreter current = directory.own().orElseThrow();
    directory.addAbsence(
        current.getId(),
        current.getVersion(),
        new de.dortmund.miadoki.interpreting.domain.Absence(
            week.plusDays(2), week.plusDays(2).plusHours(8), "Arzt"));

    LocalDateTime from = week.minusDays(1);
    LocalDateTime to = week.plusDays(6);
    assertThat(calendar.mine(from, to, java.util.Locale.GERMAN))
        .extracting(e -> e.kind())
        .containsExactly(
            PoolCalendar.Kind.ASSIGNMENT, PoolCalendar.Kind.OFFER, PoolCalendar.Kind.ABSENCE);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    long arabic = assignment.getRequest().getLanguage().getId();
    long other =
        masterData.languages().stream()
            .filter(l -> l.getId() != arabic)
            .findFirst()
            .orElseThrow()
            .getId();
    assertThat(calendar.pool(from, to, arabic, null, java.util.Locale.GERMAN))
        .extracting(e -> e.id())
        .contains(assignment.getId());
    assertThat(calendar.pool(from, to, other, null, java.util.Locale.GERMAN))
        .extracting(e -> e.id())
        .doesNotContain(assignment.getId());
    assertThat(calendar.pool(from, to, null, own.getId(), java.util.Locale.GERMAN))
        .extracting(e -> e.id())
        .containsExactly(assignment.getId());

    // the whole pool summed up per day and language (what a busy week shows) agrees with the list
    List<PoolCalendar.DaySummary> days = calendar.poolByDay(from, to, java.util.Locale.GERMAN);
    long listed = calendar.pool(from, to, null, null, java.util.Locale.GERMAN).size();
    assertThat(calendar.poolCount(from, to)).isEqualTo(listed);
    assertThat(days.stream().mapToLong(PoolCalendar.DaySummary::assignments).sum())
        .isEqualTo(listed);
    assertThat(days)
        .filteredOn(d -> d.day().equals(week.toLocalDate()) && d.languageId() == arabic)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.language()).isEqualTo("Arabisch");
              assertThat(d.first()).isBeforeOrEqualTo(assignment.getStartsAt());
              assertThat(d.last()).isAfterOrEqualTo(assignment.getEndsAt());
            });
  }

  @Test
  void theCalendarFeedShowsActiveAssignmentsOnlyAndOnlyThroughTheCurrentLink() {
    String account = PoolFixtures.unique("dolm").toLowerCase();
    Interpreter own = fixtures.interpreter(account);
    fixtures.requester("JUG");
    InterpreterRequest kept = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    InterpreterRequest dropped = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Assignment keptAssignment = assignments.assign(kept.getId(), own.getId());
    Assignment droppedAssignment = assignments.assign(dropped.getId(), own.getId());

    caller.actAs(account, Role.INTERPRETER);
    String first = calendar.renewFeed();
    String feed = calendar.feed(first).orElseThrow();
    assertThat(feed)
        .contains("UID:assignment-" + keptAssignment.getId() + "@")
        .contains("UID:assignment-" + droppedAssignment.getId() + "@");

    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.cancel(
        dropped.getId(),
        requests.load(dropped.getId()).getVersion(),
        Recurrence.Scope.THIS,
        "entfällt");
    caller.anonymous();
    assertThat(calendar.feed(first).orElseThrow())
        .contains("UID:assignment-" + keptAssignment.getId() + "@")
        .doesNotContain("UID:assignment-" + droppedAssignment.getId() + "@");

    // a new link replaces the old one; a made-up link opens nothing
    caller.actAs(account, Role.INTERPRETER);
    String second = calendar.renewFeed();
    caller.anonymous();
    assertThat(calendar.feed(first)).isEmpty();
    assertThat(calendar.feed(second)).isPresent();
    assertThat(calendar.feed(second.substring(0, 42) + (second.endsWith("A") ? "B" : "A")))
        .isEmpty();
    assertThat(calendar.feed("../../etc/passwd")).isEmpty();

    // paused: the feed answers nothing; active again: it works again
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Interpreter current = directory.load(own.getId());
    directory.changeStatus(
        own.getId(),
        current.getVersion(),
        de.dortmund.miadoki.interpreting.domain.InterpreterStatus.PAUSED);
    caller.anonymous();
    assertThat(calendar.feed(second)).isEmpty();
    caller.actAs("it-coordinator", Role.COORDINATOR);
    directory.changeStatus(
        own.getId(),
        directory.load(own.getId()).getVersion(),
        de.dortmund.miadoki.interpreting.domain.InterpreterStatus.ACTIVE);
    caller.anonymous();
    assertThat(calendar.feed(second)).isPresent();
  }

  @Test
  void aNewRateVersionAppliesFromItsFirstDayAndNeverReachesBack() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    java.time.LocalDate day =
        java.time.LocalDate.now(clock).plusYears(5).plusDays(new java.util.Random().nextInt(3000));
    de.dortmund.miadoki.interpreting.domain.Rates raised =
        new de.dortmund.miadoki.interpreting.domain.Rates(
            120,
            new java.math.BigDecimal("30.00"),
            new java.math.BigDecimal("12.00"),
            new java.math.BigDecimal("22.00"),
            new java.math.BigDecimal("9.00"),
            10,
            new java.math.BigDecimal("6.00"),
            25,
            new java.math.BigDecimal("11.00"),
            new java.math.BigDecimal("16.00"));
    assertThatThrownBy(
            () ->
                statements.addScheme(
                    de.dortmund.miadoki.interpreting.domain.Engagement.VOLUNTEER,
                    java.time.LocalDate.now(clock).minusDays(1),
                    "alt",
                    raised))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("rates.validFrom.past"));
    var volunteer = de.dortmund.miadoki.interpreting.domain.Engagement.VOLUNTEER;
    var feePaid = de.dortmund.miadoki.interpreting.domain.Engagement.FEE_PAID;
    var feesBefore = statements.rateTable().on(feePaid, day);
    statements.addScheme(volunteer, day, "Erhöhung", raised);
    assertThat(statements.rateTable().on(day)).isEqualTo(raised);
    assertThat(statements.rateTable().on(day.minusDays(1))).isNotEqualTo(raised);
    // each engagement has its own schemes: the fees stay as they were
    assertThat(statements.rateTable().on(feePaid, day)).isEqualTo(feesBefore).isNotEqualTo(raised);
    assertThatThrownBy(() -> statements.addScheme(volunteer, day, "doppelt", raised))
        .isInstanceOf(RuleViolationException.class);
    statements.addScheme(feePaid, day, "Honorar neu", raised);
    assertThat(statements.rateTable().on(feePaid, day)).isEqualTo(raised);
  }

  @Test
  void remindersGoOutTheDayBeforeAndForMissingReportsOnceEach() {
    Assignment tomorrow =
        held("JUG", LocalDateTime.now(clock).plusHours(20).withSecond(0).withNano(0));
    String interpreterMail = interpreter.getEmail();
    String requesterMail = requester + "@example.org";
    reminders.remindUpcoming(clock.instant());
    reminders.remindUpcoming(clock.instant());
    assertThat(subjectsTo(interpreterMail)).containsOnlyOnce("Erinnerung: Dolmetsch-Einsatz");
    assertThat(subjectsTo(requesterMail)).containsOnlyOnce("Erinnerung: Dolmetsch-Termin");
    assertThat(reload(tomorrow).isReminded()).isTrue();

    Assignment forgotten =
        held("JUG", LocalDateTime.now(clock).minusDays(4).withSecond(0).withNano(0));
    String forgetful = interpreter.getEmail();
    reminders.chaseReports(clock.instant());
    reminders.chaseReports(clock.instant());
    assertThat(subjectsTo(forgetful)).containsOnlyOnce("Bitte melden: Einsatz ohne Zeitangabe");
    assertThat(reload(forgotten).getOverdueNotices()).isEqualTo(1);
    // three days later the coordinators are told
    reminders.chaseReports(clock.instant().plus(java.time.Duration.ofDays(3)));
    assertThat(reload(forgotten).getOverdueNotices()).isEqualTo(2);
  }

  @Test
  void noShowsAndCancellationsArePaidByTheirRules() {
    // the client did not come: the booked hour and the travel are paid
    Assignment a = held("JUG", tuesdayOf(YearMonth.now(clock).minusMonths(1)).plusHours(4));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    closeOut.noShow(a.getId(), a.getVersion(), false);
    Assignment noShow = reload(a);
    assertThat(noShow.getOutcome()).isEqualTo(Outcome.NO_SHOW_CLIENT);
    assertThat(requests.load(a.getRequest().getId()).getStatus()).isEqualTo(RequestStatus.NO_SHOW);
    assertThat(statements.payFor(noShow.getId()).timeAmount()).isEqualByComparingTo("25.00");

    // an interpreter cannot close out before the appointment began
    String account = PoolFixtures.unique("dolm").toLowerCase();
    Interpreter early = fixtures.interpreter(account);
    fixtures.requester("JUG");
    InterpreterRequest future = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Assignment coming = assignments.assign(future.getId(), early.getId());
    caller.actAs(account, Role.INTERPRETER);
    assertThatThrownBy(
            () ->
                closeOut.report(
                    coming.getId(),
                    coming.getVersion(),
                    new CloseOut.Report(coming.getStartsAt(), coming.getEndsAt(), 3)))
        .isInstanceOf(de.dortmund.miadoki.interpreting.application.CloseOutTooEarlyException.class);

    // cancelled weeks ahead: in time, nothing to pay
    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.cancel(
        future.getId(),
        requests.load(future.getId()).getVersion(),
        Recurrence.Scope.THIS,
        "entfällt");
    Assignment inTime = assignmentOfRequest(future.getId());
    assertThat(inTime.getOutcome()).isEqualTo(Outcome.CANCELLED_IN_TIME);
    assertThat(inTime.isPayPending()).isFalse();

    // cancelled ten hours ahead: late, the booked time without travel is paid
    Assignment soon = held("JUG", LocalDateTime.now(clock).plusHours(10).withSecond(0).withNano(0));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.cancel(
        soon.getRequest().getId(),
        requests.load(soon.getRequest().getId()).getVersion(),
        Recurrence.Scope.THIS,
        "krank");
    Assignment late = assignmentOfRequest(soon.getRequest().getId());
    assertThat(late.getOutcome()).isEqualTo(Outcome.CANCELLED_LATE);
    assertThat(late.isPayPending()).isTrue();
    assertThat(statements.payFor(late.getId()).travelAmount()).isEqualByComparingTo("0.00");
    assertThat(statements.payFor(late.getId()).timeAmount()).isEqualByComparingTo("25.00");
  }

  @Test
  void aStatementBecomesPayableOnlyWhenASecondCoordinatorApprovesIt() {
    PayStatement issued = fixtures.issuedStatement();
    long id = issued.getId();
    assertThat(issued.isPayable()).isFalse();

    // the coordinator who issued it cannot approve it
    caller.actAs(issued.getIssuedBy(), Role.COORDINATOR);
    assertThatThrownBy(() -> statements.approve(id, issued.getVersion()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(de.dortmund.miadoki.platform.rules.RuleViolation::messageKey)
                    .containsExactly("statement.approve.sameCoordinator"));
    // nor can an interpreter
    caller.actAs("dolm-vier-augen", Role.INTERPRETER);
    assertThatThrownBy(() -> statements.approve(id, issued.getVersion()))
        .isInstanceOf(AccessDeniedException.class);

    caller.actAs("it-koordination-2", Role.COORDINATOR);
    PayStatement approved = statements.approve(id, issued.getVersion());
    assertThat(approved.isPayable()).isTrue();
    assertThat(approved.getApprovedBy()).isEqualTo("it-koordination-2");
    assertThat(approved.getApprovedAt()).isNotNull();
    // a second approval on the old version: changed by someone else; on the new one: done already
    assertThatThrownBy(() -> statements.approve(id, issued.getVersion()))
        .isInstanceOf(de.dortmund.miadoki.platform.persistence.ConcurrentChangeException.class);
    PayStatement reloaded = statements.load(id);
    assertThat(reloaded.isPayable()).isTrue();
    assertThatThrownBy(() -> statements.approve(id, reloaded.getVersion()))
        .isInstanceOf(RuleViolationException.class);
  }
}
