package de.dortmund.miadoki.awards.domain;

/**
 * The city's two awards. They alternate: each is given every second year, the other one in the
 * years between ({@link Editions}).
 */
public enum AwardType {
  /** Integrationspreis: people, initiatives and organisations that further living together. */
  INTEGRATION("IP"),
  /**
   * Ethnischer Wirtschaftspreis: businesses whose owners have a migration history; asks for that
   * history as special-category data (Art. 9 GDPR).
   */
  ETHNIC_BUSINESS("EW");

  private final String receiptPrefix;

  AwardType(String receiptPrefix) {
    this.receiptPrefix = receiptPrefix;
  }

  /** The first letters of the receipt numbers of this award's nominations. */
  public String receiptPrefix() {
    return receiptPrefix;
  }

  /** Whether nominations record the owner's migration history (Art. 9 GDPR). */
  public boolean asksMigrationHistory() {
    return this == ETHNIC_BUSINESS;
  }

  public String messageKey() {
    return "awardType." + name();
  }
}
