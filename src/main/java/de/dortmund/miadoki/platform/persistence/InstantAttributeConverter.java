package de.dortmund.miadoki.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Stores {@link Instant}s in {@code timestamp with time zone} columns. The JPA provider bundled
 * with one of our servers would otherwise serialise them into bytes; drivers differ in what they
 * hand back (H2 an {@link OffsetDateTime}, PostgreSQL a {@link Timestamp}), so reading accepts
 * both.
 */
@Converter
public class InstantAttributeConverter implements AttributeConverter<Instant, Object> {

  @Override
  public Object convertToDatabaseColumn(Instant value) {
    return value == null ? null : Timestamp.from(value);
  }

  @Override
  public Instant convertToEntityAttribute(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
  }
}
