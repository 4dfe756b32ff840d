package de.dortmund.miadoki.interpreting.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The amounts of one rate scheme: a first block of time at a flat amount, then an amount per
 * further started hour, on site and remote (phone, video) each with its own amounts, and a travel
 * flat rate in three distance bands (on site only).
 */
public record Rates(
    int firstBlockMinutes,
    BigDecimal onSiteFirstBlock,
    BigDecimal onSiteFurtherHour,
    BigDecimal remoteFirstBlock,
    BigDecimal remoteFurtherHour,
    int nearKm,
    BigDecimal nearTravel,
    int middleKm,
    BigDecimal middleTravel,
    BigDecimal farTravel) {

  public Rates {
    if (firstBlockMinutes <= 0 || nearKm <= 0 || middleKm <= nearKm) {
      throw new IllegalArgumentException("Time block and distance bands must be ascending");
    }
    Objects.requireNonNull(onSiteFirstBlock);
    Objects.requireNonNull(onSiteFurtherHour);
    Objects.requireNonNull(remoteFirstBlock);
    Objects.requireNonNull(remoteFurtherHour);
    Objects.requireNonNull(nearTravel);
    Objects.requireNonNull(middleTravel);
    Objects.requireNonNull(farTravel);
  }

  /** The city's scheme as DESIGN describes it: EUR 25 for two hours, EUR 10 per started hour. */
  public static Rates standard() {
    return new Rates(
        120,
        new BigDecimal("25.00"),
        new BigDecimal("10.00"),
        new BigDecimal("20.00"),
        new BigDecimal("8.00"),
        10,
        new BigDecimal("5.00"),
        25,
        new BigDecimal("10.00"),
        new BigDecimal("15.00"));
  }
}
