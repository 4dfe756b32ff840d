package de.dortmund.miadoki.platform.persistence;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the user loaded it. Screens show "changed by someone else,
 * please reload" and keep the user's input.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(Class<?> type, Object id) {
    super(type.getSimpleName() + " " + id + " was changed by someone else");
  }
}
