package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestFilter;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests from departments: rules, series, history and per-record access, in the server. */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject AuditLog auditLog;

  private static List<String> fields(RuleViolationException e) {
    return e.violations().stream().map(RuleViolation::field).toList();
  }

  @Test
  void aRequesterBooksForTheOwnDepartmentAndTheHistoryRecordsIt() {
    String requester = fixtures.requester("JUG");
    InterpreterRequest created = requests.create(fixtures.form(fixtures.freeTuesday()), null);

    assertThat(created.getStatus()).isEqualTo(RequestStatus.NEW);
    assertThat(created.getDepartment().getShortName()).isEqualTo("JUG");
    List<StatusChange> history = requests.history(created.getId());
    assertThat(history)
        .extracting(StatusChange::getTo, StatusChange::getActor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RequestStatus.NEW, requester));
    assertThat(requests.search(RequestFilter.none(), PageRequest.of(0, 200)).rows())
        .extracting(InterpreterRequest::getId)
        .contains(created.getId());
  }

  @Test
  void anotherDepartmentsRequestIsRefusedAndTheAttemptAudited() {
    fixtures.requester("JUG");
    InterpreterRequest jugend = requests.create(fixtures.form(fixtures.freeTuesday()), null);

    String other = fixtures.requester("SOZ");
    assertThatThrownBy(() -> requests.load(jugend.getId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(requests.search(RequestFilter.none(), PageRequest.of(0, 200)).rows())
        .extracting(InterpreterRequest::getId)
        .doesNotContain(jugend.getId());

    caller.actAs("it-admin", Role.ADMIN);
    List<AuditEntry> denied =
        auditLog
            .search(
                new AuditSearch(
                    other, "InterpreterRequest", String.valueOf(jugend.getId()), null, null),
                PageRequest.of(0, 10))
            .rows();
    assertThat(denied).extracting(AuditEntry::getAction).containsExactly(AuditAction.ACCESS_DENIED);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(requests.load(jugend.getId()).getId()).isEqualTo(jugend.getId());
  }

  @Test
  void appointmentsWithLegalConsequencesAreRefusedWithAnExplanation() {
    fixtures.requester("JUG");
    RequestForm court = fixtures.form(fixtures.freeTuesday());
    court.setKind(AppointmentKind.PATERNITY_RECOGNITION);
    assertThatThrownBy(() -> requests.create(court, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(fields(e)).containsExactly("kind");
              assertThat(e.violations().get(0).messageKey()).isEqualTo("request.refused.legal");
            });
  }

  @Test
  void startsInThePastOrInsideTheLeadTimeAreRejectedUnlessUrgentWithAReason() {
    fixtures.requester("SOZ");
    RequestForm past = fixtures.form(LocalDateTime.now().minusHours(1));
    assertThatThrownBy(() -> requests.create(past, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(fields(e)).containsExactly("startsAt"));

    RequestForm tomorrow =
        fixtures.form(LocalDateTime.now().plusDays(1).withHour(10).withMinute(0));
    assertThatThrownBy(() -> requests.create(tomorrow, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).messageKey()).isEqualTo("request.start.leadTime"));

    tomorrow.setUrgent(true);
    assertThatThrownBy(() -> requests.create(tomorrow, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(fields(e)).containsExactly("urgencyReason"));

    tomorrow.setUrgencyReason("Inobhutnahme, Gespräch mit den Eltern");
    assertThat(requests.create(tomorrow, null).isUrgent()).isTrue();
  }

  @Test
  void aNameInsteadOfAPseudonymIsRejected() {
    fixtures.requester("SOZ");
    RequestForm named = fixtures.form(fixtures.freeTuesday());
    named.setClientReference("Ayse Yilmaz");
    assertThatThrownBy(() -> requests.create(named, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(fields(e)).containsExactly("clientReference"));
  }

  @Test
  void aWeeklySeriesIsCreatedAndThisAndFollowingCanBeCancelled() {
    fixtures.requester("JUG");
    LocalDateTime first = fixtures.freeTuesday();
    List<InterpreterRequest> series =
        requests.createSeries(fixtures.form(first), null, new Recurrence(7, 4, null));
    assertThat(series).hasSize(4);
    assertThat(series)
        .extracting(InterpreterRequest::getStartsAt)
        .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
    assertThat(series)
        .extracting(InterpreterRequest::getSeriesId)
        .containsOnly(series.get(0).getId());

    InterpreterRequest third = requests.load(series.get(2).getId());
    List<InterpreterRequest> cancelled =
        requests.cancel(
            third.getId(),
            third.getVersion(),
            Recurrence.Scope.THIS_AND_FOLLOWING,
            "Maßnahme endet");
    assertThat(cancelled)
        .extracting(InterpreterRequest::getId)
        .containsExactly(series.get(2).getId(), series.get(3).getId());
    assertThat(requests.load(series.get(1).getId()).getStatus()).isEqualTo(RequestStatus.NEW);
    assertThat(requests.load(series.get(3).getId()).getStatus()).isEqualTo(RequestStatus.CANCELLED);
  }

  @Test
  void theSameFormSentAgainBooksNothingTwice() {
    fixtures.requester("JUG");
    LocalDateTime first = fixtures.freeTuesday();
    RequestForm form = fixtures.bookingForm(first);
    List<InterpreterRequest> series = requests.createSeries(form, null, new Recurrence(7, 2, null));
    // the repeat of a sending whose answer was lost: the same requests, nothing new
    List<InterpreterRequest> again = requests.createSeries(form, null, new Recurrence(7, 2, null));
    assertThat(again)
        .extracting(InterpreterRequest::getId)
        .containsExactlyElementsOf(series.stream().map(InterpreterRequest::getId).toList());
    // a new form with the same content is a new booking
    InterpreterRequest other = requests.create(fixtures.bookingForm(first), null);
    assertThat(other.getId()).isNotIn(series.stream().map(InterpreterRequest::getId).toList());
  }

  @Test
  void oneOccurrenceCanBeMovedAlone() {
    fixtures.requester("JUG");
    LocalDateTime first = fixtures.freeTuesday();
    List<InterpreterRequest> series =
        requests.createSeries(fixtures.form(first), null, new Recurrence(7, 3, null));
    InterpreterRequest second = requests.load(series.get(1).getId());
    RequestForm moved = fixtures.changeOf(second, second.getStartsAt().plusHours(2));
    requests.change(second.getId(), moved, Recurrence.Scope.THIS);

    assertThat(requests.load(series.get(1).getId()).getStartsAt())
        .isEqualTo(first.plusWeeks(1).plusHours(2));
    assertThat(requests.load(series.get(2).getId()).getStartsAt()).isEqualTo(first.plusWeeks(2));
  }
}
