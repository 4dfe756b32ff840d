package de.dortmund.miadoki.training.infrastructure;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.export.IcalWriter;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.TrainingSession;
import java.time.Instant;

/**
 * The calendar invitation of a session for one participant: one event per part with a UID that
 * stays the same for the part's life, SEQUENCE the session's calendar sequence (raised by every
 * move and by the cancellation), in Europe/Berlin with its VTIMEZONE.
 */
public final class SessionInvitations {

  /** The organiser's address in invitations (system property or environment). */
  static final String ORGANIZER = "miadoki.training.organizer";

  private SessionInvitations() {}

  public static final String REQUEST = "REQUEST";
  public static final String CANCEL = "CANCEL";

  public static String render(
      TrainingSession session, String attendee, String method, Instant now) {
    boolean cancelled = CANCEL.equals(method);
    IcalWriter calendar =
        new IcalWriter("-//MIA-DO-KI//Fortbildungen//DE", ClockProducer.ZONE, now, method);
    String place =
        session.getRoom() != null ? session.getRoom().getName() : session.getOnlineLink();
    for (SessionPart part : session.getParts()) {
      calendar.invitation(
          uid(part),
          session.getCalendarSequence(),
          part.getStartsAt(),
          part.getEndsAt(),
          session.getCourse().getTitle(),
          place,
          Settings.get(ORGANIZER).orElse("fortbildung@miadoki.local"),
          attendee,
          cancelled);
    }
    return calendar.render();
  }

  /** The part's UID: the same in the first invitation, every update and the cancellation. */
  public static String uid(SessionPart part) {
    return "training-part-" + part.getId() + "@miadoki-portal";
  }
}
