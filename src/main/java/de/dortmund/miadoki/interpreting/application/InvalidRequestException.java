package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.RequestPolicy;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The request breaks booking rules; each violation names its form field and message. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RequestPolicy.Violation> violations;

  public InvalidRequestException(List<RequestPolicy.Violation> violations) {
    super("Request breaks " + violations.size() + " rule(s): " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<RequestPolicy.Violation> violations() {
    return violations;
  }
}
