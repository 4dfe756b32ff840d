package de.dortmund.miadoki.platform.security;

/** The roles of the portal; a person can hold several. Names are the container role names. */
public enum Role {
  ADMIN,
  COORDINATOR,
  REQUESTER,
  INTERPRETER,
  TRAINING_MANAGER,
  /** Gives trainings (city staff or invited from outside): own sessions, attendance. */
  TRAINER,
  SUPERVISOR,
  STAFF,
  AWARD_MANAGER,
  JUROR;

  /** Key of the role's name in the message bundles. */
  public String messageKey() {
    return "role." + name();
  }
}
