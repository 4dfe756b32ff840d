package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Exclusion;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The interpreter may not take the request; the exclusions say why. */
@ApplicationException(rollback = true)
public class NotEligibleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Exclusion> exclusions;

  public NotEligibleException(List<Exclusion> exclusions) {
    super("Not eligible: " + exclusions);
    this.exclusions = List.copyOf(exclusions);
  }

  public List<Exclusion> exclusions() {
    return exclusions;
  }
}
