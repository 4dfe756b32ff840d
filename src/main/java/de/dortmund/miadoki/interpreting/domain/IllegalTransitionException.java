package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.rules.RuleViolationException;

/**
 * A status change the request's life cycle does not allow (e.g. assigning a cancelled request): the
 * screen was showing an older state.
 */
public class IllegalTransitionException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final RequestStatus from;
  private final RequestStatus to;

  public IllegalTransitionException(RequestStatus from, RequestStatus to) {
    super("request.transition.notAllowed", from, to);
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
