package de.dortmund.miadoki.platform.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case refused because the change breaks one or more rules of the domain. Each violation
 * carries its message key, field and arguments, so that the platform's exception handler puts the
 * message at the right field; screens do not catch it. The transaction rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public class RuleViolationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleViolation> violations;

  public RuleViolationException(List<RuleViolation> violations) {
    super("Breaks " + violations.size() + " rule(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  public RuleViolationException(RuleViolation violation) {
    this(List.of(violation));
  }

  /** One rule of the whole record, with its message key. */
  public RuleViolationException(String messageKey, Object... details) {
    this(RuleViolation.general(messageKey, details));
  }

  public List<RuleViolation> violations() {
    return violations;
  }
}
