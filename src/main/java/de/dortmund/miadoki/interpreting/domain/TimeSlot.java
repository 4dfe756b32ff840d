package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open stretch of local time in Europe/Berlin, [start, end): an appointment ending at 11:00
 * and one starting at 11:00 do not overlap.
 */
public record TimeSlot(LocalDateTime start, LocalDateTime end) implements Serializable {

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "A time slot must end after it starts: " + start + " " + end);
    }
  }

  public static TimeSlot of(LocalDateTime start, Duration length) {
    return new TimeSlot(start, start.plus(length));
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** This slot widened by {@code buffer} on both sides. */
  public TimeSlot widenedBy(Duration buffer) {
    return new TimeSlot(start.minus(buffer), end.plus(buffer));
  }
}
