package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a pool report: a group (month, language ...) and its figures. */
public record PoolFigures(
    String group, long requests, long filled, BigDecimal hours, BigDecimal cost, Double leadHours)
    implements Serializable {

  /** Filled requests as a share of all requests, in percent. */
  public int fillRate() {
    return requests == 0 ? 0 : (int) Math.round(100.0 * filled / requests);
  }
}
