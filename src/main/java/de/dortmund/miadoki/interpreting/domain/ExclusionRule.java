package de.dortmund.miadoki.interpreting.domain;

/** The hard rules of matching; each names why an interpreter cannot take a request. */
public enum ExclusionRule {
  NOT_ACTIVE,
  NOT_VETTED,
  LANGUAGE,
  VARIETY,
  QUALIFICATION,
  FIELD_OF_WORK,
  MODE,
  ABSENT,
  NOT_AVAILABLE,
  OVERLAP,
  TOO_FAR,
  DO_NOT_SEND,
  GENDER;

  public String messageKey() {
    return "exclusion." + name();
  }
}
