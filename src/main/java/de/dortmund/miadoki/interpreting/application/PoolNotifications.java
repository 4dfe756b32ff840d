package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.PortalBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Who is told what, by mail, about a request. Observes the pool's events inside the change's
 * transaction, so a mail is queued if and only if the change commits.
 *
 * <ul>
 *   <li>The requester: every change of the request's status that someone else made (who comes, a
 *       drop-out, offers sent or run out, cancelled, unfilled, done, no-show, settled).
 *   <li>The interpreter: a direct assignment, a cancellation, a change of place (a change of time
 *       is offered anew, see {@link Offers}).
 *   <li>The coordinators: an urgent request, a drop-out, offers that ran out (and, from {@link
 *       Reminders}, a request still unstaffed two working days ahead; from {@link Offers}, a booked
 *       request moved to a time its interpreter cannot take).
 * </ul>
 *
 * No mail names the client's address or the on-site contact: they hold a link to the portal.
 */
@ApplicationScoped
class PoolNotifications {

  static final String REQUEST_PATH = "/interpreting/request.xhtml?id=";
  static final String APPOINTMENTS_PATH = "/interpreting/appointments.xhtml";

  @Inject PoolMail mail;
  @Inject PortalLinks links;

  void created(@Observes PoolEvents.RequestCreated event) {
    InterpreterRequest request = event.request();
    boolean firstOfSeries = request.getSeriesIndex() == null || request.getSeriesIndex() == 1;
    if (request.isUrgent() && firstOfSeries) {
      mail.toRole(
          Role.COORDINATOR,
          request,
          "mail.urgentRequest",
          locale ->
              new Object[] {
                request.getDepartment().getName(), request.getUrgencyReason(), linkTo(request)
              });
    }
  }

  void booked(@Observes PoolEvents.RequestBooked event) {
    if (!event.partOfSeries()) {
      aboutInterpreter("mail.requestAssigned", event.request(), event.assignment());
    }
    if (event.direct()) {
      toInterpreter("mail.assignedToYou", event.request(), event.assignment());
    }
  }

  void droppedOut(@Observes PoolEvents.InterpreterDroppedOut event) {
    aboutInterpreter("mail.interpreterDroppedOut", event.request(), event.assignment());
    mail.toRole(
        Role.COORDINATOR,
        event.request(),
        "mail.droppedOutCoordination",
        locale ->
            new Object[] {
              event.assignment().getInterpreter().getDisplayName(), linkTo(event.request())
            });
  }

  void cancelled(@Observes PoolEvents.AssignmentCancelled event) {
    toInterpreter("mail.assignmentCancelled", event.request(), event.assignment());
  }

  void changed(@Observes PoolEvents.BookedRequestChanged event) {
    if (!event.rebook()) {
      toInterpreter("mail.assignmentChanged", event.request(), event.assignment());
    }
  }

  void statusChanged(@Observes PoolEvents.StatusChanged event) {
    InterpreterRequest request = event.request();
    if (event.from() == RequestStatus.OFFERED && event.to() == RequestStatus.NEW) {
      mail.toRole(
          Role.COORDINATOR,
          request,
          "mail.offersRanOut",
          locale -> new Object[] {request.getDepartment().getName(), linkTo(request)});
    }
    if (Objects.equals(event.actor(), request.getRequester()) || hasOwnMail(event)) {
      return;
    }
    String link = linkTo(request);
    if (event.to() == RequestStatus.UNFILLED) {
      mail.toRequester(request, "mail.requestUnfilled", locale -> new Object[] {link});
      return;
    }
    mail.toRequester(
        request,
        "mail.requestStatus",
        locale ->
            new Object[] {
              PortalBundles.of("i18n.interpreting", locale).getString(event.to().messageKey()),
              note(event.note(), locale),
              link
            });
  }

  /** Bookings and drop-outs have mails of their own, naming the interpreter. */
  private static boolean hasOwnMail(PoolEvents.StatusChanged event) {
    return event.to() == RequestStatus.ASSIGNED
        || (event.from() == RequestStatus.ASSIGNED && event.to() == RequestStatus.NEW);
  }

  /** The status change's note in the recipient's language, or a dash. */
  private static String note(String note, Locale locale) {
    if (note == null || note.isBlank()) {
      return "–";
    }
    String key = StatusNotes.messageKeyOf(note);
    if (key == null) {
      return note;
    }
    ResourceBundle labels = PortalBundles.of("i18n.interpreting", locale);
    return labels.containsKey(key) ? labels.getString(key) : "–";
  }

  /** A mail to the requester naming the interpreter, the client reference and the link. */
  private void aboutInterpreter(String key, InterpreterRequest request, Assignment assignment) {
    String link = linkTo(request);
    mail.toRequester(
        request,
        key,
        locale ->
            new Object[] {
              assignment.getInterpreter().getDisplayName(), request.getClientReference(), link
            });
  }

  /** A mail to the assignment's interpreter, with the link to their appointments. */
  private void toInterpreter(String key, InterpreterRequest request, Assignment assignment) {
    String link = links.to(APPOINTMENTS_PATH);
    mail.toInterpreter(
        assignment.getInterpreter(),
        request,
        key,
        locale -> new Object[] {assignment.getInterpreter().getDisplayName(), link});
  }

  private String linkTo(InterpreterRequest request) {
    return links.to(REQUEST_PATH + request.getId());
  }
}
