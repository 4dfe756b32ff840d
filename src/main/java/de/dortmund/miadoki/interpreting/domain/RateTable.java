package de.dortmund.miadoki.interpreting.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The rate schemes of each engagement by the day from which each applies; an appointment uses the
 * scheme of its interpreter's engagement and its day.
 */
public final class RateTable {

  private final Map<Engagement, NavigableMap<LocalDate, Rates>> schemes =
      new EnumMap<>(Engagement.class);

  /** A table of volunteers' rates only. */
  public RateTable(Map<LocalDate, Rates> volunteerRates) {
    this();
    volunteerRates.forEach((day, rates) -> add(Engagement.VOLUNTEER, day, rates));
  }

  public RateTable() {}

  /** Adds the scheme of {@code engagement} that applies from {@code validFrom}. */
  public RateTable add(Engagement engagement, LocalDate validFrom, Rates rates) {
    schemes.computeIfAbsent(engagement, e -> new TreeMap<>()).put(validFrom, rates);
    return this;
  }

  /** The volunteers' rates that apply on {@code day}. */
  public Rates on(LocalDate day) {
    return on(Engagement.VOLUNTEER, day);
  }

  /** The rates of {@code engagement} that apply on {@code day}. */
  public Rates on(Engagement engagement, LocalDate day) {
    NavigableMap<LocalDate, Rates> byDay = schemes.get(engagement);
    Map.Entry<LocalDate, Rates> entry = byDay == null ? null : byDay.floorEntry(day);
    if (entry == null) {
      throw new IllegalStateException("No " + engagement + " rate scheme applies on " + day);
    }
    return entry.getValue();
  }
}
