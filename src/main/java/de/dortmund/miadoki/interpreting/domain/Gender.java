package de.dortmund.miadoki.interpreting.domain;

/** Gender of an interpreter or client, as far as a request needs it. */
public enum Gender {
  FEMALE,
  MALE,
  DIVERSE;

  public String messageKey() {
    return "gender." + name();
  }
}
