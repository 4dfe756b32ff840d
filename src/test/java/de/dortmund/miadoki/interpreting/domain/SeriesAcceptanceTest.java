package de.dortmund.miadoki.interpreting.domain;

import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesAcceptanceTest {

  private final MatchingPolicy policy = MatchingPolicy.standard();
  private final CandidateFixture interpreter = new CandidateFixture();

  private SeriesAcceptance.Occurrence occurrence(long id, LocalDateTime start, Duration length) {
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.slot = TimeSlot.of(start, length);
    return new SeriesAcceptance.Occurrence(id, interpreter.candidate(), need.build());
  }

  private List<SeriesAcceptance.Occurrence> weekly(int times) {
    List<SeriesAcceptance.Occurrence> series = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      series.add(occurrence(100 + i, TUESDAY_10.plusWeeks(i), Duration.ofHours(1)));
    }
    return series;
  }

  @Test
  void everyOccurrenceThatFitsIsBooked() {
    SeriesAcceptance.Outcome outcome = SeriesAcceptance.split(weekly(4), policy);
    assertThat(outcome.booked()).containsExactly(100L, 101L, 102L, 103L);
    assertThat(outcome.isComplete()).isTrue();
  }

  @Test
  void theOccurrencesThatClashStayOpenWithTheirReasonAndTheOthersAreBooked() {
    // another appointment in the third week, an absence in the fourth
    interpreter.bookings.add(
        new Booking(
            7,
            TimeSlot.of(TUESDAY_10.plusWeeks(2).plusMinutes(30), Duration.ofHours(1)),
            Mode.PHONE,
            null));
    interpreter.absences.add(
        TimeSlot.of(TUESDAY_10.plusWeeks(3).toLocalDate().atStartOfDay(), Duration.ofDays(1)));

    SeriesAcceptance.Outcome outcome = SeriesAcceptance.split(weekly(5), policy);

    assertThat(outcome.booked()).containsExactly(100L, 101L, 104L);
    assertThat(outcome.open()).containsOnlyKeys(102L, 103L);
    assertThat(outcome.open().get(102L))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.OVERLAP);
    assertThat(outcome.open().get(103L))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.ABSENT);
    assertThat(outcome.isComplete()).isFalse();
  }

  @Test
  void anOccurrenceThatClashesWithAnEarlierOneOfTheSameSeriesStaysOpen() {
    List<SeriesAcceptance.Occurrence> series =
        List.of(
            occurrence(1, TUESDAY_10, Duration.ofHours(2)),
            occurrence(2, TUESDAY_10.plusHours(1), Duration.ofHours(1)),
            occurrence(3, TUESDAY_10.plusWeeks(1), Duration.ofHours(2)));

    SeriesAcceptance.Outcome outcome = SeriesAcceptance.split(series, policy);

    assertThat(outcome.booked()).containsExactly(1L, 3L);
    assertThat(outcome.open().get(2L))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.OVERLAP);
  }
}
