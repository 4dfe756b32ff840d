package de.dortmund.miadoki.interpreting.application;

import jakarta.ejb.ApplicationException;

/** The interpreter is already booked at that time (the database or the rules refused it). */
@ApplicationException(rollback = true)
public class DoubleBookingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DoubleBookingException(long interpreterId, Throwable cause) {
    super("Interpreter " + interpreterId + " is already booked at that time", cause);
  }
}
