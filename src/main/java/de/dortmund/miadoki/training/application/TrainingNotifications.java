package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.infrastructure.SessionInvitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells people what happened to their registrations and sessions: a place confirmed or offered, an
 * approval waiting, a rejection, a moved or cancelled session. Runs in the change's transaction, so
 * a mail is queued if and only if the change commits.
 */
@ApplicationScoped
class TrainingNotifications {

  static final String MINE = "/training/registrations.xhtml";
  static final String APPROVALS = "/training/approvals.xhtml";

  @Inject TrainingMail mail;

  void placeGiven(@Observes TrainingEvents.PlaceGiven event) {
    Registration r = event.registration();
    if (event.to() == RegistrationStatus.CONFIRMED) {
      invite(r, "mail.training.confirmed", SessionInvitations.REQUEST);
    } else {
      toPerson(
          r,
          "mail.training.offered",
          locale ->
              new Object[] {
                TrainingMail.format(locale, "format.dateTime")
                    .format(r.getClaimUntil().atZone(ClockProducer.ZONE))
              });
    }
  }

  void approvalRequested(@Observes TrainingEvents.ApprovalRequested event) {
    Registration r = event.registration();
    if (r.getDepartment() == null) {
      return;
    }
    r.getDepartment()
        .getSupervisors()
        .forEach(
            s ->
                mail.toPerson(
                    s.getUsername(),
                    "",
                    r.getSession(),
                    "mail.training.approvalRequested",
                    APPROVALS,
                    locale -> new Object[] {r.getPersonName()}));
  }

  void rejected(@Observes TrainingEvents.RegistrationRejected event) {
    Registration r = event.registration();
    toPerson(r, "mail.training.rejected", locale -> new Object[] {r.getDecisionReason()});
  }

  void moved(@Observes TrainingEvents.SessionMoved event) {
    event.participants().forEach(r -> invite(r, "mail.training.moved", SessionInvitations.REQUEST));
  }

  /** Everyone registered is told; those with a place get the cancellation for their calendar. */
  void cancelled(@Observes TrainingEvents.SessionCancelled event) {
    for (Registration r : event.registered()) {
      if (r.getStatus() == RegistrationStatus.CONFIRMED) {
        invite(r, "mail.training.cancelled", SessionInvitations.CANCEL);
      } else {
        toPerson(r, "mail.training.cancelled", l -> new Object[0]);
      }
    }
  }

  /** A place withdrawn from its holder (the person cancelled): the calendar entry goes too. */
  void withdrawn(@Observes TrainingEvents.PlaceWithdrawn event) {
    invite(event.registration(), "mail.training.withdrawn", SessionInvitations.CANCEL);
  }

  /** The reminder a week ({@code week}) or a day ({@code day}) before. */
  void remind(Registration r, String which) {
    toPerson(r, "mail.training.reminder." + which, l -> new Object[0]);
  }

  /** The managers hear of a session that has too few bookings at its deadline. */
  void belowMinimum(TrainingSession session) {
    mail.toRole(
        Role.TRAINING_MANAGER,
        session,
        "mail.training.belowMinimum",
        "/training/session-edit.xhtml?id=" + session.getId());
  }

  private void invite(Registration r, String key, String method) {
    mail.invitation(
        r.getUsername(), r.getPersonName(), r.getSession(), key, MINE, method, l -> new Object[0]);
  }

  private void toPerson(
      Registration r, String key, java.util.function.Function<java.util.Locale, Object[]> more) {
    mail.toPerson(r.getUsername(), r.getPersonName(), r.getSession(), key, MINE, more);
  }
}
