package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;

/** Another account already uses this user name. */
public class UsernameTakenException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public UsernameTakenException(String username) {
    super(RuleViolation.of("username", "users.usernameTaken", username));
  }
}
