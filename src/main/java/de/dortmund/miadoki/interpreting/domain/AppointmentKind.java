package de.dortmund.miadoki.interpreting.domain;

/**
 * What kind of appointment a request is for. Appointments with significant legal consequences are
 * refused by default (they need a sworn interpreter outside the pool); which kinds the pool refuses
 * is the coordinators' data ({@link PoolRules}).
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
  PATERNITY_RECOGNITION(true),
  CUSTODY_DECLARATION(true),
  MAINTENANCE_DEED(true),
  REGISTRY_OFFICE_WEDDING(true);

  private final boolean legalConsequences;

  AppointmentKind() {
    this(false);
  }

  AppointmentKind(boolean legalConsequences) {
    this.legalConsequences = legalConsequences;
  }

  /**
   * True for court, police, notary, paternity recognition, custody declarations, maintenance deeds
   * and registry-office weddings: refused unless the coordinators' rules say otherwise.
   */
  public boolean hasLegalConsequences() {
    return legalConsequences;
  }

  public String messageKey() {
    return "appointmentKind." + name();
  }
}
