package de.dortmund.miadoki.platform.security;

import jakarta.ejb.ApplicationException;

/** The caller may not do this, or may not see this record. Shown as the 403 page. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
