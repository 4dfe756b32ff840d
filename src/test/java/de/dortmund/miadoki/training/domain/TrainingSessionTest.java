package de.dortmund.miadoki.training.domain;

import static de.dortmund.miadoki.training.domain.TrainingFixture.DEADLINE;
import static de.dortmund.miadoki.training.domain.TrainingFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

  private static SessionPlan plan(List<PartTime> parts, int capacity, Room room) {
    return new SessionPlan(
        room,
        null,
        List.of(TrainingFixture.trainer()),
        parts,
        capacity,
        1,
        DEADLINE,
        WaitingListPolicy.AUTOMATIC,
        0,
        false);
  }

  private static List<String> fieldsOf(Runnable action) {
    try {
      action.run();
      return List.of();
    } catch (RuleViolationException e) {
      return e.violations().stream().map(RuleViolation::field).toList();
    }
  }

  @Test
  void partsOfOneSessionMayTouchButNotOverlap() {
    PartTime morning = new PartTime(START, START.withHour(12));
    PartTime touching = new PartTime(START.withHour(12), START.withHour(16));
    PartTime overlapping = new PartTime(START.withHour(11).withMinute(55), START.withHour(16));
    Room room = TrainingFixture.room(20);

    TrainingSession s =
        new TrainingSession(
            TrainingFixture.course(false), plan(List.of(morning, touching), 20, room));
    assertThat(s.getParts()).hasSize(2);
    assertThat(s.getEndsAt()).isEqualTo(START.withHour(16));
    assertThat(fieldsOf(() -> s.plan(plan(List.of(morning, overlapping), 20, room))))
        .containsExactly("parts");
  }

  @Test
  void capacityBeyondTheRoomAndADeadlineAfterTheStartAreRefusedAtTheirFields() {
    Room small = TrainingFixture.room(12);
    SessionPlan tooMany = plan(List.of(new PartTime(START, START.withHour(16))), 13, small);
    assertThat(fieldsOf(() -> new TrainingSession(TrainingFixture.course(false), tooMany)))
        .containsExactly("capacity");

    SessionPlan late =
        new SessionPlan(
            small,
            null,
            List.of(TrainingFixture.trainer()),
            List.of(new PartTime(START, START.withHour(16))),
            10,
            1,
            START.plusMinutes(1),
            WaitingListPolicy.AUTOMATIC,
            0,
            false);
    assertThat(fieldsOf(() -> new TrainingSession(TrainingFixture.course(false), late)))
        .containsExactly("registrationDeadline");
  }

  @Test
  void statusFollowsTheClockOnceOpen() {
    TrainingSession s = TrainingFixture.session(2, WaitingListPolicy.AUTOMATIC, false);
    assertThat(s.statusAt(DEADLINE.minusDays(1))).isEqualTo(SessionStatus.PLANNED);
    s.open(DEADLINE.minusDays(1));
    assertThat(s.statusAt(DEADLINE.minusDays(1))).isEqualTo(SessionStatus.OPEN);
    assertThat(s.statusAt(START)).isEqualTo(SessionStatus.RUNNING);
    assertThat(s.statusAt(START.withHour(16))).isEqualTo(SessionStatus.HELD);
    assertThatThrownBy(() -> s.cancel(START.withHour(16)))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aMoveOfAnAnnouncedSessionRaisesTheCalendarSequenceAndNothingElseDoes() {
    TrainingSession s = TrainingFixture.session(2, WaitingListPolicy.AUTOMATIC, false);
    SessionPlan same = s.currentPlan();
    assertThat(s.plan(same)).isFalse();
    s.open(DEADLINE.minusDays(1));
    assertThat(s.plan(s.currentPlan())).isFalse();
    assertThat(s.getCalendarSequence()).isZero();

    SessionPlan later =
        new SessionPlan(
            same.room(),
            null,
            same.trainers(),
            List.of(new PartTime(START.plusHours(1), START.withHour(17))),
            2,
            1,
            DEADLINE,
            WaitingListPolicy.AUTOMATIC,
            0,
            false);
    assertThat(s.plan(later)).isTrue();
    assertThat(s.getCalendarSequence()).isEqualTo(1);
    s.cancel(DEADLINE);
    assertThat(s.getCalendarSequence()).isEqualTo(2);
  }
}
