package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AssignmentSlotsTest {

  private static final LocalDateTime TEN = LocalDateTime.of(2026, 3, 3, 10, 0);

  @Test
  void anHourOnTheBlockGridTakesTwelveBlocksAndTheNextHourStartsFree() {
    assertThat(AssignmentSlots.blocks(TEN, TEN.plusHours(1)))
        .hasSize(12)
        .startsWith(TEN)
        .endsWith(TEN.plusMinutes(55));
    assertThat(AssignmentSlots.blocks(TEN.plusHours(1), TEN.plusHours(2)))
        .doesNotContainAnyElementsOf(AssignmentSlots.blocks(TEN, TEN.plusHours(1)));
  }

  @Test
  void timesOffTheGridAreRoundedOutward() {
    assertThat(AssignmentSlots.blocks(TEN.plusMinutes(7), TEN.plusMinutes(21)))
        .containsExactly(
            TEN.plusMinutes(5), TEN.plusMinutes(10), TEN.plusMinutes(15), TEN.plusMinutes(20));
  }
}
