package de.dortmund.miadoki.interpreting.application;

import jakarta.ejb.ApplicationException;

/** An appointment can be closed out only once it has begun. */
@ApplicationException(rollback = true)
public class CloseOutTooEarlyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CloseOutTooEarlyException(long assignmentId) {
    super("Assignment " + assignmentId + " has not begun yet");
  }
}
