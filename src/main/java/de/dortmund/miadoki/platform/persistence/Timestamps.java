package de.dortmund.miadoki.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Entities keep points in time as {@link OffsetDateTime} in UTC, the type that JPA maps to {@code
 * timestamp with time zone} the same way on every database and provider we run on; their methods
 * speak {@link Instant}.
 */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime of(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
