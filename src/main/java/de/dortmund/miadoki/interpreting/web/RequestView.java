package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.GenderRequirement;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Outcome;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * What the request page shows of a request, read once when the page is opened: values in the
 * reader's language, no entity graph (the page's state is kept in the session for as long as it is
 * open, and written out to the other server).
 */
public record RequestView(
    long id,
    long version,
    RequestStatus status,
    String language,
    String variety,
    LocalDateTime startsAt,
    long durationMinutes,
    String department,
    AppointmentKind kind,
    FieldOfWork field,
    Mode mode,
    District district,
    String address,
    String meetingPoint,
    String onsiteContact,
    String clientReference,
    GenderRequirement genderRequirement,
    Gender interpreterGender,
    String fundingSource,
    LocalDateTime alternativeStartsAt,
    String topic,
    boolean urgent,
    String urgencyReason,
    Long seriesId,
    Integer seriesIndex,
    String notes)
    implements Serializable {

  static RequestView of(InterpreterRequest r, Locale locale) {
    return new RequestView(
        r.getId(),
        r.getVersion(),
        r.getStatus(),
        r.getLanguage().name(locale),
        r.getVariety() == null ? null : r.getVariety().name(locale),
        r.getStartsAt(),
        r.getDurationMinutes(),
        r.getDepartment().getName(),
        r.getKind(),
        r.getField(),
        r.getMode(),
        r.getDistrict(),
        r.getAddress(),
        r.getMeetingPoint(),
        r.getOnsiteContact(),
        r.getClientReference(),
        r.getGenderRequirement(),
        r.getInterpreterGender(),
        r.getFundingSource().name(locale),
        r.getAlternativeStartsAt(),
        r.getTopic(),
        r.isUrgent(),
        r.getUrgencyReason(),
        r.getSeriesId(),
        r.getSeriesIndex(),
        r.getNotes());
  }

  /** The request's booking as the page shows and acts on it. */
  public record Booking(
      long id,
      long version,
      String interpreter,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      LocalDateTime actualStart,
      LocalDateTime actualEnd,
      Integer travelKm,
      String reportedBy,
      String disputeReason,
      CloseOutState closeState,
      Outcome outcome,
      boolean payable)
      implements Serializable {

    static Booking of(Assignment a) {
      return new Booking(
          a.getId(),
          a.getVersion(),
          a.getInterpreter().getDisplayName(),
          a.getStartsAt(),
          a.getEndsAt(),
          a.getActualStart(),
          a.getActualEnd(),
          a.getTravelKm(),
          a.getReportedBy(),
          a.getDisputeReason(),
          a.getCloseState(),
          a.getOutcome(),
          a.isPayable());
    }
  }

  /** One step of the request's history. */
  public record Step(Instant at, RequestStatus from, RequestStatus to, String actor, String note)
      implements Serializable {

    static Step of(StatusChange change) {
      return new Step(
          change.getAt(), change.getFrom(), change.getTo(), change.getActor(), change.getNote());
    }
  }
}
