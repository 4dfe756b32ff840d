package de.dortmund.miadoki.interpreting.domain;

/** Where an interpreter stands with the pool. Only ACTIVE interpreters are matched. */
public enum InterpreterStatus {
  APPLICANT,
  ACTIVE,
  PAUSED,
  LEFT;

  public String messageKey() {
    return "interpreterStatus." + name();
  }
}
