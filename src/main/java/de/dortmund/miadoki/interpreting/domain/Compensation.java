package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What an interpreter is paid for one assignment: plain rules, no database. The time amount is the
 * first block's flat amount, plus the hourly amount for every started hour beyond it; travel is a
 * flat rate by distance band, for on-site appointments only.
 */
public final class Compensation {

  /** A requester's cancellation closer to the start than this is late. */
  public static final Duration LATE_CANCELLATION = Duration.ofHours(24);

  private Compensation() {}

  /** The facts of one assignment that the rules look at. */
  public record Item(
      Outcome outcome, Mode mode, long bookedMinutes, Long actualMinutes, Integer travelKm) {}

  /** The result: the rule that applied, the minutes paid, and the amounts. */
  public record Pay(String ruleKey, long minutes, BigDecimal timeAmount, BigDecimal travelAmount)
      implements Serializable {

    public BigDecimal total() {
      return timeAmount.add(travelAmount);
    }
  }

  public static Pay pay(Item item, Rates rates) {
    return switch (item.outcome()) {
      case COMPLETED -> {
        long minutes = item.actualMinutes() == null ? 0 : item.actualMinutes();
        yield new Pay(
            "compensation.completed",
            minutes,
            time(minutes, item.mode(), rates),
            travel(item.mode(), item.travelKm(), rates));
      }
      case NO_SHOW_CLIENT ->
          new Pay(
              "compensation.clientNoShow",
              item.bookedMinutes(),
              time(item.bookedMinutes(), item.mode(), rates),
              travel(item.mode(), item.travelKm(), rates));
      case CANCELLED_LATE ->
          new Pay(
              "compensation.lateCancellation",
              item.bookedMinutes(),
              time(item.bookedMinutes(), item.mode(), rates),
              zero());
      case NO_SHOW_INTERPRETER -> new Pay("compensation.interpreterNoShow", 0, zero(), zero());
      case CANCELLED_IN_TIME -> new Pay("compensation.cancelledInTime", 0, zero(), zero());
    };
  }

  /** The amount for {@code minutes} of interpreting. */
  static BigDecimal time(long minutes, Mode mode, Rates rates) {
    if (minutes <= 0) {
      return zero();
    }
    boolean remote = mode != Mode.ON_SITE;
    BigDecimal first = remote ? rates.remoteFirstBlock() : rates.onSiteFirstBlock();
    BigDecimal hourly = remote ? rates.remoteFurtherHour() : rates.onSiteFurtherHour();
    long beyond = minutes - rates.firstBlockMinutes();
    long startedHours = beyond <= 0 ? 0 : (beyond + 59) / 60;
    return first
        .add(hourly.multiply(BigDecimal.valueOf(startedHours)))
        .setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The travel flat rate for the one-way distance; nothing for phone and video. */
  static BigDecimal travel(Mode mode, Integer km, Rates rates) {
    if (mode != Mode.ON_SITE || km == null || km <= 0) {
      return zero();
    }
    if (km <= rates.nearKm()) {
      return rates.nearTravel();
    }
    return km <= rates.middleKm() ? rates.middleTravel() : rates.farTravel();
  }

  /** Whether a cancellation at {@code at} of an appointment starting at {@code start} is late. */
  public static boolean isLateCancellation(Instant at, LocalDateTime start, ZoneId zone) {
    return Duration.between(at, start.atZone(zone).toInstant()).compareTo(LATE_CANCELLATION) < 0;
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
