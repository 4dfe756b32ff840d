package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.util.List;

/** One part of a candidate's score, with the values behind it, shown to the coordinator. */
public record ScoreReason(String key, double points, List<Object> details) implements Serializable {

  public static ScoreReason of(String key, double points, Object... details) {
    return new ScoreReason(key, points, List.of(details));
  }
}
