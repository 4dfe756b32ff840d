package de.dortmund.miadoki.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Entities keep points in time as {@link OffsetDateTime} in UTC, the type that JPA maps to {@code
 * timestamp with time zone} the same way on every database and provider we run on; their methods
 * speak {@link Instant}.
 */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime of(Instant instant) {
    // microseconds, as the databases keep them: a value reads back exactly as written
    return instant == null
        ? null
        : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
