package de.dortmund.miadoki.interpreting.domain;

/**
 * The field an appointment belongs to, with the lowest qualification the agency accepts for it:
 * health and youth-welfare conversations need a certified interpreter.
 */
public enum FieldOfWork {
  EDUCATION(Qualification.TRAINED_LAY),
  HEALTH(Qualification.CERTIFIED),
  SOCIAL_SERVICES(Qualification.TRAINED_LAY),
  YOUTH_WELFARE(Qualification.CERTIFIED),
  EMPLOYMENT(Qualification.TRAINED_LAY);

  private final Qualification minimum;

  FieldOfWork(Qualification minimum) {
    this.minimum = minimum;
  }

  public Qualification minimumQualification() {
    return minimum;
  }

  public String messageKey() {
    return "fieldOfWork." + name();
  }
}
