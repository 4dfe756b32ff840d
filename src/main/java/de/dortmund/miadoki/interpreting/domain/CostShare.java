package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the pool cost one department (cost centre) from one funding source in a period: how many
 * assignments and the amount of their statement lines.
 */
public record CostShare(
    String department,
    String costCentre,
    String fundingSourceDe,
    String fundingSourceEn,
    long assignments,
    BigDecimal amount)
    implements Serializable {

  public String fundingSource(Locale locale) {
    return "en".equals(locale.getLanguage()) ? fundingSourceEn : fundingSourceDe;
  }
}
