package de.dortmund.miadoki.training.domain;

import java.io.Serializable;
import java.time.LocalDateTime;

/** From when to when a part of a session runs (local time of the city). */
public record PartTime(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {

  public boolean overlaps(PartTime other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }

  public boolean isOrdered() {
    return startsAt != null && endsAt != null && endsAt.isAfter(startsAt);
  }
}
