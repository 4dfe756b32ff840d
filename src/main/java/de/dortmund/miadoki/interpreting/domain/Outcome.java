package de.dortmund.miadoki.interpreting.domain;

/** How an assignment ended, which decides what is paid for it. */
public enum Outcome {
  /** Took place; paid by the confirmed actual time plus travel. */
  COMPLETED,
  /** The interpreter did not come: nothing is paid. */
  NO_SHOW_INTERPRETER,
  /** The client did not come: the booked time is paid, travel too (the interpreter came). */
  NO_SHOW_CLIENT,
  /** Cancelled by the requester 24 hours or more before the start: nothing is paid. */
  CANCELLED_IN_TIME,
  /** Cancelled by the requester less than 24 hours before the start: booked time, no travel. */
  CANCELLED_LATE;

  public String messageKey() {
    return "outcome." + name();
  }
}
