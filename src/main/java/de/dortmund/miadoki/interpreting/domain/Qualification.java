package de.dortmund.miadoki.interpreting.domain;

/** How an interpreter is qualified, from the lowest to the highest. */
public enum Qualification {
  TRAINED_LAY,
  CERTIFIED,
  SWORN;

  public boolean atLeast(Qualification other) {
    return compareTo(other) >= 0;
  }

  public String messageKey() {
    return "qualification." + name();
  }
}
