package de.dortmund.miadoki.awards.domain;

/**
 * The one fact the Wirtschaftspreis asks about a business owner's origin (Art. 9 GDPR data):
 * whether the owner has a migration history, as stated by the nominator. Nothing more is recorded.
 */
public enum MigrationHistory {
  YES,
  NO,
  NOT_STATED;

  public String messageKey() {
    return "migrationHistory." + name();
  }
}
