package de.dortmund.miadoki.interpreting.domain;

/** Whether a request's wish for the interpreter's gender is a condition or only a preference. */
public enum GenderRequirement {
  NONE,
  PREFERRED,
  REQUIRED;

  public String messageKey() {
    return "genderRequirement." + name();
  }
}
