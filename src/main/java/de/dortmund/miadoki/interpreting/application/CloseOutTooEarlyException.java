package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.rules.RuleViolationException;

/** An appointment can be closed out only once it has begun. */
public class CloseOutTooEarlyException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public CloseOutTooEarlyException(long assignmentId) {
    super("closeOut.tooEarly", assignmentId);
  }
}
