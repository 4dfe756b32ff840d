package de.dortmund.miadoki.awards.domain;

/** Where a nomination stands, from its receipt to the jury's decision. */
public enum NominationStatus {
  RECEIVED,
  ELIGIBLE,
  INELIGIBLE,
  SHORTLISTED,
  WINNER,
  NOT_AWARDED;

  public String messageKey() {
    return "nominationStatus." + name();
  }
}
