package de.dortmund.miadoki.platform.security;

import jakarta.ejb.ApplicationException;

/** Another account already uses this user name. */
@ApplicationException(rollback = true)
public class UsernameTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UsernameTakenException(String username) {
    super("User name taken: " + username);
  }
}
