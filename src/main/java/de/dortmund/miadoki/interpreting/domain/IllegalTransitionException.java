package de.dortmund.miadoki.interpreting.domain;

/** A status change the request's life cycle does not allow (e.g. assigning a cancelled request). */
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RequestStatus from;
  private final RequestStatus to;

  public IllegalTransitionException(RequestStatus from, RequestStatus to) {
    super("A request cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public RequestStatus from() {
    return from;
  }

  public RequestStatus to() {
    return to;
  }
}
