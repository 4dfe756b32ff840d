package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.util.List;

/** The interpreter may not take the request; the exclusions say why. */
public class NotEligibleException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  private final transient List<Exclusion> exclusions;

  public NotEligibleException(List<Exclusion> exclusions) {
    super("request.assign.notEligible");
    this.exclusions = List.copyOf(exclusions);
  }

  public List<Exclusion> exclusions() {
    return exclusions;
  }
}
