package de.dortmund.miadoki.training.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a person's registration for a session stands. */
public enum RegistrationStatus {
  /** Waits for a supervisor of the person's department; may hold a place meanwhile. */
  PENDING_APPROVAL,
  /** Approved (or needing no approval), on the waiting list in arrival order. */
  WAITING,
  /** A freed place is offered; the person claims it within the claim window. */
  OFFERED,
  CONFIRMED,
  REJECTED,
  CANCELLED,
  /** The offered place was not claimed in time and passed on. */
  LAPSED;

  /** The registrations still in the running for a place or holding one. */
  public static final Set<RegistrationStatus> ACTIVE =
      Collections.unmodifiableSet(EnumSet.of(PENDING_APPROVAL, WAITING, OFFERED, CONFIRMED));

  public String messageKey() {
    return "registrationStatus." + name();
  }

  /** Still in the running for a place or holding one. */
  public boolean isActive() {
    return this == PENDING_APPROVAL || this == WAITING || this == OFFERED || this == CONFIRMED;
  }

  /** Occupies one of the session's places. */
  public boolean takesPlace() {
    return this == OFFERED || this == CONFIRMED;
  }
}
