package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the requester what happened to the request: who comes, that the interpreter dropped out,
 * that nobody could be found. Observes the pool's events inside the change's transaction, so the
 * mail is queued if and only if the change commits.
 */
@ApplicationScoped
class PoolNotifications {

  @Inject PoolMail mail;
  @Inject PortalLinks links;

  void booked(@Observes PoolEvents.RequestBooked event) {
    aboutInterpreter("mail.requestAssigned", event.request(), event.assignment());
  }

  void droppedOut(@Observes PoolEvents.InterpreterDroppedOut event) {
    aboutInterpreter("mail.interpreterDroppedOut", event.request(), event.assignment());
  }

  void closed(@Observes PoolEvents.RequestClosed event) {
    if (event.status() == RequestStatus.UNFILLED) {
      mail.toRequester(event.request(), "mail.requestUnfilled", locale -> new Object[0]);
    }
  }

  /** A mail naming the interpreter, the client reference and the link to the request. */
  private void aboutInterpreter(String key, InterpreterRequest request, Assignment assignment) {
    String link = links.to("/interpreting/request.xhtml?id=" + request.getId());
    mail.toRequester(
        request,
        key,
        locale ->
            new Object[] {
              assignment.getInterpreter().getDisplayName(), request.getClientReference(), link
            });
  }
}
