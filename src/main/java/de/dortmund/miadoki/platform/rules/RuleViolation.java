package de.dortmund.miadoki.platform.rules;

import java.io.Serializable;
import java.util.List;

/**
 * One broken rule: the form field it belongs to (null for the whole form), the message key in the
 * bundles, and the arguments of the message.
 */
public record RuleViolation(String field, String messageKey, List<Object> details)
    implements Serializable {

  public RuleViolation {
    details = List.copyOf(details);
  }

  public static RuleViolation of(String field, String messageKey, Object... details) {
    return new RuleViolation(field, messageKey, List.of(details));
  }

  /** A rule of the whole record, shown at the top of the page. */
  public static RuleViolation general(String messageKey, Object... details) {
    return of(null, messageKey, details);
  }
}
