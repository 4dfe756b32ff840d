package de.dortmund.miadoki.interpreting.domain;

/**
 * What kind of appointment a request is for. Appointments with significant legal consequences are
 * refused: they need a sworn interpreter outside the pool.
 */
public enum AppointmentKind {
  COUNSELLING,
  PARENT_TEACHER_MEETING,
  MEDICAL_CONSULTATION,
  HOME_VISIT,
  CASE_CONFERENCE,
  ADMINISTRATIVE_APPOINTMENT,
  GROUP_EVENT,
  COURT_HEARING(true),
  POLICE_INTERVIEW(true),
  NOTARY_APPOINTMENT(true),
  PATERNITY_RECOGNITION(true);

  private final boolean legalConsequences;

  AppointmentKind() {
    this(false);
  }

  AppointmentKind(boolean legalConsequences) {
    this.legalConsequences = legalConsequences;
  }

  /** True for court, police, notary and paternity recognition: the pool may not serve these. */
  public boolean hasLegalConsequences() {
    return legalConsequences;
  }

  public String messageKey() {
    return "appointmentKind." + name();
  }
}
