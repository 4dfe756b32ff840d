package de.dortmund.miadoki.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheckThrottleTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private static CheckThrottle at(Instant now) {
    CheckThrottle throttle = new CheckThrottle();
    throttle.clock = Clock.fixed(now, ZoneId.of("Europe/Berlin"));
    return throttle;
  }

  @Test
  void aClientChecksTwentyCodesInTenMinutesAndIsRefusedTheTwentyFirst() {
    CheckThrottle throttle = at(NOW);
    assertThat(IntStream.range(0, CheckThrottle.LIMIT).allMatch(i -> throttle.allow("10.1.2.3")))
        .isTrue();
    assertThat(throttle.allow("10.1.2.3")).isFalse();
    // another client is not affected
    assertThat(throttle.allow("10.1.2.4")).isTrue();
  }

  @Test
  void checksOlderThanTheWindowNoLongerCount() {
    CheckThrottle throttle = at(NOW);
    IntStream.range(0, CheckThrottle.LIMIT).forEach(i -> throttle.allow("10.1.2.3"));
    throttle.clock = Clock.offset(throttle.clock, CheckThrottle.WINDOW.minusSeconds(1));
    assertThat(throttle.allow("10.1.2.3")).isFalse();
    throttle.clock = Clock.offset(throttle.clock, Duration.ofSeconds(1));
    assertThat(throttle.allow("10.1.2.3")).isTrue();
  }
}
