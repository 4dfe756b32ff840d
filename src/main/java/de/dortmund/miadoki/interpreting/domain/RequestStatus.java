package de.dortmund.miadoki.interpreting.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a request: NEW → OFFERED → ASSIGNED → DONE → SETTLED, with the exits CANCELLED,
 * UNFILLED and NO_SHOW. Each status knows where it may go next.
 */
public enum RequestStatus {
  NEW,
  OFFERED,
  ASSIGNED,
  DONE,
  SETTLED,
  CANCELLED,
  UNFILLED,
  NO_SHOW;

  public Set<RequestStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(OFFERED, ASSIGNED, CANCELLED, UNFILLED);
      case OFFERED -> EnumSet.of(NEW, ASSIGNED, CANCELLED, UNFILLED);
      case ASSIGNED -> EnumSet.of(NEW, DONE, CANCELLED, NO_SHOW);
      case DONE -> EnumSet.of(SETTLED);
      case SETTLED, CANCELLED, UNFILLED, NO_SHOW -> EnumSet.noneOf(RequestStatus.class);
    };
  }

  public boolean canGoTo(RequestStatus target) {
    return next().contains(target);
  }

  /** Still to be served: matching and offers apply. */
  public boolean isOpen() {
    return this == NEW || this == OFFERED;
  }

  public String messageKey() {
    return "requestStatus." + name();
  }
}
