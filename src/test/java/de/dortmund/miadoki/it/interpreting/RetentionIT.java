package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.PoolReports;
import de.dortmund.miadoki.interpreting.application.PoolReports.Dimension;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.infrastructure.PoolRetention;
import de.dortmund.miadoki.interpreting.infrastructure.StatementPdf;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.privacy.Retention;
import de.dortmund.miadoki.platform.privacy.RetentionRunRecord;
import de.dortmund.miadoki.platform.privacy.RetentionSetting;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: the pool's reports keep every figure when the requests of whole months are deleted,
 * profiles of those who left are anonymised, and ADMIN sets the periods within their ranges. The
 * data lie in early 2020 and 2001, before any other test's, so that deleting them touches no other
 * test.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  private static final YearMonth FEBRUARY = YearMonth.of(2020, 2);
  private static final YearMonth MARCH = YearMonth.of(2020, 3);

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject PoolReports reports;
  @Inject CostAllocation costs;
  @Inject PoolRetention poolRetention;
  @Inject InterpreterDirectory directory;
  @Inject Retention retention;

  @Test
  void everyReportShowsTheSameFiguresAfterTheRequestsOfTheirMonthsAreDeleted() throws Exception {
    // February: a paid appointment (cost), a cancelled request; March: an interpreter's no-show,
    // a client's no-show, a request nobody took
    PoolFixtures.Held paid = fixtures.held("JUG", tuesdayOf(FEBRUARY));
    Assignment a = paid.assignment();
    caller.actAs(paid.interpreterAccount(), Role.INTERPRETER);
    closeOut.report(
        a.getId(),
        a.getVersion(),
        new CloseOut.Report(a.getStartsAt(), a.getStartsAt().plusMinutes(150), 12));
    caller.actAs(paid.requester(), Role.REQUESTER);
    Assignment reported = requests.assignmentOf(a.getRequest().getId());
    closeOut.confirm(reported.getId(), reported.getVersion());
    caller.actAs("it-coordinator", Role.COORDINATOR);
    PayStatement statement =
        statements.issue(FEBRUARY).stream()
            .filter(s -> s.getInterpreter().getId().equals(paid.interpreter().getId()))
            .findFirst()
            .orElseThrow();

    fixtures.requester("MIA");
    InterpreterRequest cancelled = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.cancel(
        cancelled.getId(),
        requests.load(cancelled.getId()).getVersion(),
        Recurrence.Scope.THIS,
        "entfällt");
    fixtures.moveTo(cancelled.getId(), tuesdayOf(FEBRUARY).plusDays(1));

    PoolFixtures.Held missingInterpreter = fixtures.held("MIA", tuesdayOf(MARCH));
    PoolFixtures.Held missingClient = fixtures.held("JUG", tuesdayOf(MARCH).plusDays(1));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    closeOut.noShow(
        missingInterpreter.assignment().getId(),
        missingInterpreter.assignment().getVersion(),
        true);
    closeOut.noShow(
        missingClient.assignment().getId(), missingClient.assignment().getVersion(), false);

    fixtures.requester("JUG");
    InterpreterRequest unfilled = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.markUnfilled(
        unfilled.getId(), requests.load(unfilled.getId()).getVersion(), "niemand frei");
    fixtures.moveTo(unfilled.getId(), tuesdayOf(MARCH).plusDays(2));

    List<Object> before = everyReport();
    assertThat(reports.figures(FEBRUARY, MARCH, Dimension.MONTH, "de"))
        .extracting(r -> r.requests())
        .containsExactly(1L, 3L);

    int deleted = poolRetention.purge("requests", LocalDate.of(2020, 4, 1));

    assertThat(deleted).isGreaterThanOrEqualTo(5);
    for (long id :
        List.of(
            a.getRequest().getId(),
            cancelled.getId(),
            unfilled.getId(),
            missingClient.assignment().getRequest().getId())) {
      InterpreterRequest gone = fixtures.read(em -> em.find(InterpreterRequest.class, id));
      assertThat(gone).isNull();
    }
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(everyReport()).isEqualTo(before);
    // the statement is an accounting document: it stays, and still prints
    assertThat(StatementPdf.render(statements.load(statement.getId()))).isNotEmpty();
    assertThat(statements.load(statement.getId()).getTotal())
        .isEqualByComparingTo(statement.getTotal());

    // a second run finds nothing more, and the figures stay
    assertThat(poolRetention.purge("requests", LocalDate.of(2020, 4, 1))).isZero();
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(everyReport()).isEqualTo(before);
  }

  @Test
  void profilesOfThoseWhoLeftAreAnonymisedTheCertificateGoesFirst() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Interpreter longGone =
        leftOn(fixtures.interpreterWithoutAccount("Oksana", "Hrytsenko"), 2001, 1);
    Interpreter lately = leftOn(fixtures.interpreterWithoutAccount("Rêber", "Zana"), 2001, 3);

    // the certificate of both goes three months after leaving; only the first profile is due
    assertThat(poolRetention.purge("goodConduct", LocalDate.of(2001, 4, 1))).isGreaterThan(0);
    assertThat(poolRetention.purge("leftInterpreters", LocalDate.of(2001, 2, 1))).isEqualTo(1);

    Interpreter anonymised = directory.load(longGone.getId());
    assertThat(anonymised.getDisplayName()).doesNotContain("Oksana").doesNotContain("Hrytsenko");
    assertThat(anonymised.getEmail()).doesNotContain("hrytsenko");
    assertThat(anonymised.getVetting().getGoodConductCertificate()).isNull();
    assertThat(anonymised.getLanguages()).isEmpty();
    Interpreter kept = directory.load(lately.getId());
    assertThat(kept.getDisplayName()).isEqualTo("Rêber Zana");
    assertThat(kept.getVetting().getGoodConductCertificate()).isNull();
  }

  @Test
  void adminSetsPeriodsWithinTheirRangeAndADayIsDeletedOnce() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThatThrownBy(() -> retention.settings()).isInstanceOf(AccessDeniedException.class);

    caller.actAs("it-admin", Role.ADMIN);
    RetentionSetting outbox = setting("outbox");
    assertThat(outbox.rule().maxMonths()).isEqualTo(24);
    assertThatThrownBy(() -> retention.change("goodConduct", 4, setting("goodConduct").version()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("months"));
    int months = outbox.months() == 6 ? 7 : 6;
    retention.change("outbox", months, outbox.version());
    assertThat(setting("outbox").months()).isEqualTo(months);
    assertThat(setting("outbox").changedBy()).isEqualTo("it-admin");
    assertThatThrownBy(() -> retention.change("outbox", 3, outbox.version()))
        .isInstanceOf(ConcurrentChangeException.class);
    retention.change("outbox", 3, setting("outbox").version());

    // a day long past: every period ends before it, so nothing of the other tests is due
    LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    assertThat(retention.runOnce(day, "it-admin")).isTrue();
    assertThat(retention.runOnce(day, "system")).isFalse();
    RetentionRunRecord run =
        retention.recentRuns(1000).stream()
            .filter(r -> r.day().equals(day))
            .findFirst()
            .orElseThrow();
    assertThat(run.startedBy()).isEqualTo("it-admin");
    assertThat(run.finishedAt()).isNotNull();
    assertThat(run.summary()).contains("requests=0").contains("outbox=0");
  }

  private RetentionSetting setting(String key) {
    return retention.settings().stream()
        .filter(s -> s.getKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private Interpreter leftOn(Interpreter interpreter, int year, int month) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Interpreter left =
        directory.changeStatus(
            interpreter.getId(), interpreter.getVersion(), InterpreterStatus.LEFT);
    fixtures.read(
        em ->
            em.createNativeQuery("update interpreter set left_on = ?1 where id = ?2")
                .setParameter(1, LocalDate.of(year, month, 1))
                .setParameter(2, left.getId())
                .executeUpdate());
    return left;
  }

  /** Every figure of the pool's reports over the months with the test's data and beyond. */
  private List<Object> everyReport() {
    List<Object> all = new ArrayList<>();
    for (YearMonth[] range :
        List.of(
            new YearMonth[] {FEBRUARY, FEBRUARY},
            new YearMonth[] {FEBRUARY, MARCH},
            new YearMonth[] {YearMonth.of(2019, 11), YearMonth.of(2020, 6)})) {
      for (Dimension by : Dimension.values()) {
        for (String lang : List.of("de", "en")) {
          all.add(reports.figures(range[0], range[1], by, lang));
        }
      }
      all.add(reports.unfilledByLanguage(range[0], range[1], "de"));
      all.add(reports.unfilledByLanguage(range[0], range[1], "en"));
      all.add(costs.between(range[0], range[1]));
    }
    return all;
  }

  private static LocalDateTime tuesdayOf(YearMonth month) {
    return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(10, 0);
  }
}
