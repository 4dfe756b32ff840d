package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;

/**
 * What happened to a request, for what follows from it elsewhere (other offers withdrawn, people
 * told). The use case fires the event; observers run synchronously in its transaction and under its
 * locks, so they commit or roll back with the change. Services do not call each other for this.
 */
public final class PoolEvents {

  private PoolEvents() {}

  /** An interpreter was booked for the request, directly or by accepting an offer. */
  public record RequestBooked(InterpreterRequest request, Assignment assignment, String actor) {}

  /** The request left matching for good: cancelled or closed as unfilled. */
  public record RequestClosed(InterpreterRequest request, RequestStatus status) {}

  /** The booked interpreter dropped out; the request is back in matching. */
  public record InterpreterDroppedOut(InterpreterRequest request, Assignment assignment) {}
}
