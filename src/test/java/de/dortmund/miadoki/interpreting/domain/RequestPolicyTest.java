package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RequestPolicyTest {

  private final RequestPolicy policy = RequestPolicy.standard();

  private static InterpreterRequest.Details at(LocalDateTime start, boolean urgent) {
    return new InterpreterRequest.Details(
        new Language("ar", "Arabisch", "Arabic"),
        null,
        start,
        Duration.ofMinutes(60),
        null,
        Mode.VIDEO,
        null,
        null,
        null,
        null,
        AppointmentKind.COUNSELLING,
        FieldOfWork.EDUCATION,
        null,
        "SCH-2026-17",
        null,
        GenderRequirement.NONE,
        null,
        urgent,
        urgent ? "Kind in Obhut genommen" : null,
        new FundingSource("KI", "Kommunales Integrationszentrum", "Integration centre"),
        null);
  }

  private static boolean leadTimeBroken(
      RequestPolicy policy, LocalDateTime start, LocalDateTime now) {
    return policy.check(at(start, false), now).stream()
        .map(RuleViolation::messageKey)
        .anyMatch("request.start.leadTime"::equals);
  }

  @Test
  void aFridayAfternoonRequestForMondayMorningIsTooLateAlthoughMoreThan48HoursAhead() {
    LocalDateTime friday = LocalDateTime.of(2026, 11, 27, 14, 0);
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 11, 30, 9, 0), friday)).isTrue();
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 12, 1, 13, 59), friday)).isTrue();
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 12, 1, 14, 0), friday)).isFalse();
  }

  @Test
  void holidaysDoNotCountTowardsTheLeadTime() {
    // Wednesday before Ascension (Thursday 14 May 2026)
    LocalDateTime wednesday = LocalDateTime.of(2026, 5, 13, 10, 0);
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 5, 15, 10, 0), wednesday)).isTrue();
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 5, 18, 9, 0), wednesday)).isTrue();
    assertThat(leadTimeBroken(policy, LocalDateTime.of(2026, 5, 18, 10, 0), wednesday)).isFalse();
  }

  @Test
  void anUrgentRequestWithAReasonIsNotBoundByTheLeadTime() {
    LocalDateTime friday = LocalDateTime.of(2026, 11, 27, 14, 0);
    assertThat(policy.check(at(LocalDateTime.of(2026, 11, 30, 9, 0), true), friday)).isEmpty();
  }

  @Test
  void theCoordinatorsRulesSetTheLeadTimeAndTheRefusedKinds() {
    PoolRules rules =
        new PoolRules(
            3,
            java.util.Map.of(),
            java.util.EnumSet.of(AppointmentKind.COURT_HEARING, AppointmentKind.COUNSELLING));
    RequestPolicy strict = RequestPolicy.of(rules);
    LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 10, 0);
    // three working days: Thursday 10:00 is the earliest start
    assertThat(leadTimeBroken(strict, LocalDateTime.of(2026, 12, 3, 9, 59), monday)).isTrue();
    assertThat(leadTimeBroken(strict, LocalDateTime.of(2026, 12, 3, 10, 0), monday)).isFalse();
    assertThat(strict.check(at(LocalDateTime.of(2026, 12, 10, 10, 0), false), monday))
        .extracting(RuleViolation::messageKey)
        .containsExactly("request.refused.legal");
    assertThat(policy.check(at(LocalDateTime.of(2026, 12, 10, 10, 0), false), monday)).isEmpty();
  }

  @Test
  void theStandardRulesRefuseEveryKindWithLegalConsequences() {
    PoolRules standard = PoolRules.standard();
    for (AppointmentKind kind : AppointmentKind.values()) {
      assertThat(standard.refuses(kind)).as(kind.name()).isEqualTo(kind.hasLegalConsequences());
    }
    assertThat(standard.refuses(AppointmentKind.CUSTODY_DECLARATION)).isTrue();
    assertThat(standard.refuses(AppointmentKind.REGISTRY_OFFICE_WEDDING)).isTrue();
    assertThat(standard.minimumFor(FieldOfWork.HEALTH)).isEqualTo(Qualification.CERTIFIED);
  }
}
