package de.dortmund.miadoki.platform.audit;

import java.time.LocalDate;

/** Filter of the audit log screen; every part is optional. Dates are days in Europe/Berlin. */
public record AuditSearch(
    String person, String entityType, String entityId, LocalDate from, LocalDate to) {

  public static AuditSearch everything() {
    return new AuditSearch(null, null, null, null, null);
  }
}
