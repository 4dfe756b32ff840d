package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.Matching;
import de.dortmund.miadoki.interpreting.application.PoolRuleBook;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.ExclusionRule;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.PoolRuleSet;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool's rules as the coordinators' data, in the server: a saved version applies at once to new
 * requests (refused kinds, lead time) and to matching (the lowest qualification per field), the
 * versions are the history, a save on a stale version is refused, and a coordinator can file a
 * request under a refused kind, which cancels it. Every test leaves the standard rules in force.
 */
@ExtendWith(ArquillianExtension.class)
class PoolRulesIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject PoolRuleBook book;
  @Inject RequestService requests;
  @Inject Matching matching;
  @Inject Assignments assignments;

  /** Puts the standard rules back as the newest version. */
  private void restoreStandard() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    book.save(PoolRules.standard(), book.inForce().version(), "Test: Standardregeln");
  }

  @Test
  void savedRulesApplyAtOnceToRequestsAndMatchingAndAreKeptAsHistory() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    PoolRuleBook.InForce before = book.inForce();
    EnumSet<AppointmentKind> refused = EnumSet.copyOf(PoolRules.standard().refusedKinds());
    refused.add(AppointmentKind.HOME_VISIT);
    PoolRules strict =
        new PoolRules(2, Map.of(FieldOfWork.SOCIAL_SERVICES, Qualification.SWORN), refused);
    PoolRuleSet saved = book.save(strict, before.version(), "Hausbesuche nur mit Jugendamt");
    try {
      // a home visit is refused at the field
      fixtures.requester("SOZ");
      RequestForm visit = fixtures.form(fixtures.freeTuesday());
      visit.setKind(AppointmentKind.HOME_VISIT);
      assertThatThrownBy(() -> requests.create(visit, null))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(RuleViolation::field, RuleViolation::messageKey)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple("kind", "request.refused.legal")));

      // social services now need a sworn interpreter: a certified one is excluded, with the reason
      Interpreter certified = fixtures.interpreter(null);
      fixtures.requester("SOZ");
      InterpreterRequest counselling = requests.create(fixtures.form(fixtures.freeTuesday()), null);
      caller.actAs("it-coordinator", Role.COORDINATOR);
      assertThat(matching.whyNot(counselling.getId(), certified.getId()))
          .extracting(Exclusion::rule)
          .containsExactly(ExclusionRule.QUALIFICATION);

      assertThat(book.history())
          .first()
          .satisfies(
              v -> {
                assertThat(v.getId()).isEqualTo(saved.getId());
                assertThat(v.getCreatedBy()).isEqualTo("it-coordinator");
                assertThat(v.getNote()).isEqualTo("Hausbesuche nur mit Jugendamt");
                assertThat(v.toRules().refuses(AppointmentKind.HOME_VISIT)).isTrue();
              });
    } finally {
      restoreStandard();
    }
    assertThat(matching.whyNot(fixturesCounselling(), fixtures.interpreter(null).getId()))
        .isEmpty();
  }

  /** A fresh social-services counselling request, for matching under the rules in force. */
  private long fixturesCounselling() {
    fixtures.requester("SOZ");
    long id = requests.create(fixtures.form(fixtures.freeTuesday()), null).getId();
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return id;
  }

  @Test
  void aSaveOnAVersionSomeoneElseReplacedIsRefusedAndRequestersMayNotSave() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Long seen = book.inForce().version();
    book.save(PoolRules.standard(), seen, "erste Änderung");
    assertThatThrownBy(() -> book.save(PoolRules.standard(), seen, "zweite, veraltete Änderung"))
        .isInstanceOf(ConcurrentChangeException.class);

    fixtures.requester("SOZ");
    assertThatThrownBy(() -> book.save(PoolRules.standard(), seen, null))
        .isInstanceOf(AccessDeniedException.class);
    restoreStandard();
  }

  @Test
  void aRequestFiledUnderARefusedKindIsCancelledAndItsPeopleAreTold() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Şirin", "Baran");
    String requester = fixtures.requester("JUG");
    InterpreterRequest request = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(request.getId(), interpreter.getId());

    InterpreterRequest booked = requests.load(request.getId());
    InterpreterRequest filed =
        requests.reclassify(
            booked.getId(), booked.getVersion(), AppointmentKind.CUSTODY_DECLARATION);

    assertThat(filed.getStatus()).isEqualTo(RequestStatus.CANCELLED);
    assertThat(requests.load(request.getId()).getKind())
        .isEqualTo(AppointmentKind.CUSTODY_DECLARATION);
    assertThat(fixtures.mailsTo(interpreter.getEmail()))
        .extracting(OutboxMessage::getSubject)
        .contains("Dolmetsch-Einsatz abgesagt");
    assertThat(fixtures.mailsTo(requester + "@example.org"))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(b -> assertThat(b).contains("Terminart mit rechtlichen Folgen"));

    // another kind the pool takes: the request stays as it is
    fixtures.requester("JUG");
    InterpreterRequest other = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(
            requests
                .reclassify(other.getId(), other.getVersion(), AppointmentKind.HOME_VISIT)
                .getStatus())
        .isEqualTo(RequestStatus.NEW);
  }
}
