package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.rules.RuleViolationException;

/** The interpreter is already booked at that time (the database or the rules refused it). */
public class DoubleBookingException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public DoubleBookingException(long interpreterId, Throwable cause) {
    super("request.assign.doubleBooking");
    initCause(cause);
  }
}
