package de.dortmund.miadoki.awards.domain;

/** Who is nominated. */
public enum NomineeKind {
  PERSON,
  INITIATIVE,
  ORGANISATION,
  BUSINESS;

  public String messageKey() {
    return "nomineeKind." + name();
  }
}
