package de.dortmund.miadoki.training.domain;

/**
 * Where a session stands. PLANNED, OPEN and CANCELLED are decided by the manager; FULL, RUNNING and
 * HELD follow from the places and the clock ({@link TrainingSession#statusAt}).
 */
public enum SessionStatus {
  PLANNED,
  OPEN,
  FULL,
  RUNNING,
  HELD,
  CANCELLED;

  public String messageKey() {
    return "sessionStatus." + name();
  }
}
