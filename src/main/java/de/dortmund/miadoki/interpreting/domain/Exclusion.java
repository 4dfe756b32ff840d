package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.util.List;

/** One rule that excludes an interpreter, with the values that explain it (for the message). */
public record Exclusion(ExclusionRule rule, List<Object> details) implements Serializable {

  public static Exclusion of(ExclusionRule rule, Object... details) {
    return new Exclusion(rule, List.of(details));
  }
}
