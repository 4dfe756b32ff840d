package de.dortmund.miadoki.interpreting.domain;

/** How well an interpreter speaks a language. */
public enum SkillLevel {
  GOOD,
  FLUENT,
  NATIVE;

  public String messageKey() {
    return "skillLevel." + name();
  }
}
