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

  /** A request was made (each occurrence of a series is one). */
  public record RequestCreated(InterpreterRequest request) {}

  /**
   * The request's status changed, whatever the cause: every change of status passes through {@link
   * RequestTransitions}, which fires this.
   */
  public record StatusChanged(
      InterpreterRequest request,
      RequestStatus from,
      RequestStatus to,
      String actor,
      String note) {}

  /**
   * An interpreter was booked for the request: directly by a coordinator ({@code direct}) or by
   * accepting an offer; {@code partOfSeries} when the acceptance of a series offer booked it (its
   * people get one mail for the whole series).
   */
  public record RequestBooked(
      InterpreterRequest request,
      Assignment assignment,
      String actor,
      boolean direct,
      boolean partOfSeries) {}

  /** The request left matching for good: cancelled or closed as unfilled. */
  public record RequestClosed(InterpreterRequest request, RequestStatus status) {}

  /** The request was cancelled while an interpreter was booked for it. */
  public record AssignmentCancelled(InterpreterRequest request, Assignment assignment) {}

  /** The booked interpreter dropped out; the request is back in matching. */
  public record InterpreterDroppedOut(
      InterpreterRequest request, Assignment assignment, String actor) {}

  /**
   * A booked request was changed. A change of place keeps the booking; a change of time ends it
   * ({@code rebook}), and the appointment is offered to the same interpreter again.
   */
  public record BookedRequestChanged(
      InterpreterRequest request, Assignment assignment, boolean rebook) {}
}
