package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import java.time.LocalDate;

/**
 * Filter of the request lists; every part optional. Requesters always see their department only.
 */
public record RequestFilter(
    RequestStatus status,
    Long languageId,
    Long departmentId,
    LocalDate from,
    LocalDate to,
    String clientReference) {

  public static RequestFilter none() {
    return new RequestFilter(null, null, null, null, null, null);
  }
}
