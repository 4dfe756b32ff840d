package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.PoolArchive;
import de.dortmund.miadoki.interpreting.application.PoolFiguresClock;
import de.dortmund.miadoki.interpreting.application.PoolReports;
import de.dortmund.miadoki.interpreting.application.PoolReports.Dimension;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
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

/** The report figures on known data sets, each in a month of its own. */
@ExtendWith(ArquillianExtension.class)
class PoolReportsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject Assignments assignments;
  @Inject PoolReports reports;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject PoolArchive archive;
  @Inject PoolFiguresClock figuresClock;
  @Inject Clock clock;

  @Test
  void requestsFillRateHoursUnfilledDemandAndLeadTimeAreSummedByTheDatabase() {
    YearMonth month = YearMonth.now(clock).plusMonths(40);
    LocalDateTime tuesday =
        month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0);

    Interpreter first = fixtures.interpreter(null);
    Interpreter second = fixtures.interpreter(null);
    fixtures.requester("JUG");
    InterpreterRequest a = requests.create(fixtures.form(tuesday), null);
    InterpreterRequest b = requests.create(fixtures.form(tuesday.plusDays(1)), null);
    InterpreterRequest c = requests.create(fixtures.form(tuesday.plusDays(2)), null);
    InterpreterRequest d = requests.create(fixtures.form(tuesday.plusDays(7)), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(a.getId(), first.getId());
    assignments.assign(b.getId(), second.getId());
    requests.markUnfilled(c.getId(), requests.load(c.getId()).getVersion(), "niemand frei");
    requests.cancel(
        d.getId(), requests.load(d.getId()).getVersion(), Recurrence.Scope.THIS, "entfällt");

    List<PoolFigures> byLanguage = reports.figures(month, month, Dimension.LANGUAGE, "de");
    assertThat(byLanguage).hasSize(1);
    PoolFigures arabic = byLanguage.get(0);
    assertThat(arabic.group()).isEqualTo("Arabisch");
    assertThat(arabic.requests()).isEqualTo(3);
    assertThat(arabic.filled()).isEqualTo(2);
    assertThat(arabic.fillRate()).isEqualTo(67);
    assertThat(arabic.hours()).isEqualByComparingTo("2.0");
    assertThat(arabic.leadHours()).isNotNull().isGreaterThanOrEqualTo(0.0);

    assertThat(reports.figures(month, month, Dimension.MONTH, "de"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.group()).isEqualTo(month.toString());
              assertThat(r.requests()).isEqualTo(3);
            });
    assertThat(reports.figures(month, month, Dimension.DEPARTMENT, "de"))
        .singleElement()
        .satisfies(r -> assertThat(r.filled()).isEqualTo(2));
    assertThat(reports.unfilledByLanguage(month, month, "de")).containsEntry("Arabisch", 1L);
    assertThat(reports.unfilledByLanguage(month, month, "en")).containsEntry("Arabic", 1L);
  }

  @Test
  void anInterpretersNoShowIsNotStaffedAClientsIs() {
    YearMonth month = YearMonth.now(clock).minusMonths(80);
    LocalDateTime tuesday =
        month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0);
    PoolFixtures.Held missingInterpreter = fixtures.held("JUG", tuesday);
    PoolFixtures.Held missingClient = fixtures.held("JUG", tuesday.plusDays(1));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    closeOut.noShow(
        missingInterpreter.assignment().getId(),
        missingInterpreter.assignment().getVersion(),
        true);
    closeOut.noShow(
        missingClient.assignment().getId(), missingClient.assignment().getVersion(), false);

    PoolFigures figures = monthFigures(month);
    assertThat(figures.requests()).isEqualTo(2);
    assertThat(figures.filled()).isEqualTo(1);
    assertThat(figures.fillRate()).isEqualTo(50);
    assertThat(figures.hours()).isEqualByComparingTo("1.0");
  }

  @Test
  void pastMonthsAreReadFromTheirKeptFiguresAndAChangeOfOneCountsAtOnce() {
    YearMonth month = YearMonth.now(clock).minusMonths(77);
    LocalDateTime tuesday =
        month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0);
    PoolFixtures.Held held = fixtures.held("JUG", tuesday);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    List<PoolFigures> counted = reports.figures(month, month, Dimension.LANGUAGE, "de");

    // kept: the month's figures are stored, and the reports read them, with the same result
    figuresClock.keepPastMonths();
    assertThat(archive.keptRun().until()).isAfter(month.atDay(1));
    assertThat(keptRows(month)).isPositive();
    assertThat(reports.figures(month, month, Dimension.LANGUAGE, "de")).isEqualTo(counted);

    // the close-out changes the kept month: its hours count at once, not the kept ones
    Assignment a = held.assignment();
    caller.actAs(held.interpreterAccount(), Role.INTERPRETER);
    closeOut.report(
        a.getId(),
        a.getVersion(),
        new CloseOut.Report(a.getStartsAt(), a.getStartsAt().plusMinutes(150), 0));
    caller.actAs(held.requester(), Role.REQUESTER);
    Assignment reported = requests.assignmentOf(a.getRequest().getId());
    closeOut.confirm(reported.getId(), reported.getVersion());
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(monthFigures(month).hours()).isEqualByComparingTo("2.5");

    // kept again; then the statement of the month: its cost counts at once
    figuresClock.keepPastMonths();
    assertThat(monthFigures(month).hours()).isEqualByComparingTo("2.5");
    assertThat(monthFigures(month).cost()).isZero();
    statements.issue(month);
    assertThat(monthFigures(month).cost()).isNotNull().isPositive();
    PoolFigures paid = monthFigures(month);
    figuresClock.keepPastMonths();
    assertThat(monthFigures(month)).isEqualTo(paid);
    assertThat(archive.keptRun().until()).isAfter(month.atDay(1));
  }

  private PoolFigures monthFigures(YearMonth month) {
    return reports.figures(month, month, Dimension.MONTH, "de").stream()
        .filter(r -> r.group().equals(month.toString()))
        .findFirst()
        .orElseThrow();
  }

  private long keptRows(YearMonth month) {
    return fixtures.read(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from pool_kept_figures where month_start = ?1")
                        .setParameter(1, month.atDay(1))
                        .getSingleResult())
                .longValue());
  }
}
