package de.dortmund.miadoki.awards.domain;

/** Where an edition of an award stands; it moves only forward, one step at a time. */
public enum ProgrammeStatus {
  DRAFT,
  OPEN,
  ELIGIBILITY,
  JURY_REVIEW,
  DECIDED,
  PUBLISHED;

  /** The status that follows this one, or null after publication. */
  public ProgrammeStatus next() {
    return this == PUBLISHED ? null : values()[ordinal() + 1];
  }

  public String messageKey() {
    return "programmeStatus." + name();
  }
}
