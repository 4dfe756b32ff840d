package de.dortmund.miadoki.platform.audit;

/** What was done to a record holding personal data. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  LOGIN,
  LOGIN_FAILED,
  LOGIN_LOCKED,
  LOGOUT,
  ACCESS_DENIED,
  EXPORT;

  public String messageKey() {
    return "audit.action." + name();
  }
}
