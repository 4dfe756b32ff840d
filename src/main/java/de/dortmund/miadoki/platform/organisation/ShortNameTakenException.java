package de.dortmund.miadoki.platform.organisation;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;

/** Another department already has this short name. */
public class ShortNameTakenException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public ShortNameTakenException(String shortName) {
    super(RuleViolation.of("shortName", "departments.shortNameTaken", shortName));
  }
}
