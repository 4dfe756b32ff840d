package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import java.time.LocalDate;

/**
 * Filter of the request lists; every part optional. Requesters always see their department only.
 * {@code closeOut} keeps requests whose active assignment has begun and stands at that state.
 */
public record RequestFilter(
    RequestStatus status,
    Long languageId,
    Long departmentId,
    LocalDate from,
    LocalDate to,
    String clientReference,
    CloseOutState closeOut) {

  public static RequestFilter none() {
    return new RequestFilter(null, null, null, null, null, null, null);
  }

  /** Held appointments whose close-out stands at {@code state}, e.g. waiting for confirmation. */
  public static RequestFilter closeOut(CloseOutState state) {
    return new RequestFilter(null, null, null, null, null, null, state);
  }
}
