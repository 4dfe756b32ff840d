package de.dortmund.miadoki.training.domain;

import static de.dortmund.miadoki.training.domain.TrainingFixture.DEADLINE;
import static de.dortmund.miadoki.training.domain.TrainingFixture.START;
import static de.dortmund.miadoki.training.domain.TrainingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private final TrainingFixture f = new TrainingFixture();

  private Registration confirmed() {
    TrainingSession s = TrainingFixture.session(5, WaitingListPolicy.AUTOMATIC, false);
    Registration r = f.arrive(s, "ayse.kaya", true, at(DEADLINE.minusDays(3)));
    assertThat(r.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    return r;
  }

  @Test
  void theWeeksReminderIsDueFromSevenDaysBeforeAndTheDaysFrom24HoursBefore() {
    Registration r = confirmed();
    assertThat(r.dueReminder(START.minusDays(7).minusMinutes(1))).isEmpty();
    assertThat(r.dueReminder(START.minusDays(7))).contains("week");
    r.reminded("week");
    assertThat(r.dueReminder(START.minusDays(3))).isEmpty();
    assertThat(r.dueReminder(START.minusHours(24))).contains("day");
    r.reminded("day");
    assertThat(r.dueReminder(START.minusHours(2))).isEmpty();
  }

  @Test
  void aMissedWeeksReminderIsNotSentAfterTheDaysAndNothingFromTheStartOn() {
    Registration r = confirmed();
    assertThat(r.dueReminder(START.minusHours(5))).contains("day");
    r.reminded("day");
    assertThat(r.dueReminder(START.minusHours(4))).isEmpty();
    assertThat(confirmed().dueReminder(START)).isEmpty();
  }

  @Test
  void feedbackNeedsARatingFrom1To5ForEveryQuestion() {
    TrainingSession s = TrainingFixture.session(5, WaitingListPolicy.AUTOMATIC, false);
    FeedbackAnswer answer =
        new FeedbackAnswer(s, START.toLocalDate(), List.of(5, 4, 1, 3), "  Gut  ");
    assertThat(answer.rating(FeedbackAnswer.Question.ORGANISATION)).isEqualTo(1);
    assertThat(answer.getFreeText()).isEqualTo("Gut");
    assertThatThrownBy(
            () -> new FeedbackAnswer(s, START.toLocalDate(), Arrays.asList(5, null, 6, 0), null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactly("trainer", "organisation", "usefulness"));
  }
}
