package de.dortmund.miadoki.interpreting.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The rate schemes by the day from which each applies; an appointment uses the one of its day. */
public final class RateTable {

  private final NavigableMap<LocalDate, Rates> byValidFrom;

  public RateTable(Map<LocalDate, Rates> byValidFrom) {
    this.byValidFrom = new TreeMap<>(byValidFrom);
  }

  /** The rates that apply on {@code day}. */
  public Rates on(LocalDate day) {
    Map.Entry<LocalDate, Rates> entry = byValidFrom.floorEntry(day);
    if (entry == null) {
      throw new IllegalStateException("No rate scheme applies on " + day);
    }
    return entry.getValue();
  }
}
