package de.dortmund.miadoki.training.domain;

/** What a course is about; the catalogue filters by it and the statistics count by it. */
public enum Topic {
  INTERCULTURAL_COMPETENCE,
  ANTI_DISCRIMINATION,
  DIVERSITY_COMMUNICATION,
  INTERPRETERS,
  RELIGION_CULTURE,
  MIGRATION_LAW,
  OTHER;

  public String messageKey() {
    return "topic." + name();
  }
}
