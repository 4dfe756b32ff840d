package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Work of the system at a session's registration deadline. */
@ApplicationScoped
public class Deadlines {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject TrainingNotifications notifications;

  /**
   * Reminds people with a confirmed place a week and a day before the start, each once; returns how
   * many were reminded.
   */
  @Transactional
  public int remindParticipants() {
    LocalDateTime now = LocalDateTime.now(clock);
    List<Registration> due =
        em.createQuery(
                "select r from Registration r join fetch r.session s where r.status = :confirmed"
                    + " and s.status = :open and s.startsAt > :now and s.startsAt <= :week"
                    + " and r.remindedDay = false",
                Registration.class)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .setParameter("open", SessionStatus.OPEN)
            .setParameter("now", now)
            .setParameter("week", now.plusDays(7))
            // a second run at the same moment waits and then finds them reminded
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    int sent = 0;
    for (Registration r : due) {
      var which = r.dueReminder(now);
      if (which.isPresent()) {
        notifications.remind(r, which.get());
        r.reminded(which.get());
        sent++;
      }
    }
    return sent;
  }

  /**
   * Warns the training managers, once per session, of open sessions whose deadline has passed with
   * fewer confirmed places than the minimum; returns how many were warned.
   */
  @Transactional
  public int warnBelowMinimum() {
    LocalDateTime now = LocalDateTime.now(clock);
    List<TrainingSession> due =
        em.createQuery(
                "select s from TrainingSession s where s.status = :open"
                    + " and s.minimumWarned = false and s.registrationDeadline <= :now"
                    + " and s.startsAt > :now and s.minBookings >"
                    + " (select count(r) from Registration r where r.session = s"
                    + " and r.status = :confirmed)",
                TrainingSession.class)
            .setParameter("open", SessionStatus.OPEN)
            .setParameter("now", now)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .getResultList();
    for (TrainingSession session : due) {
      session.minimumWarned();
      audit.recordAs(AuditLog.SYSTEM, AuditAction.UPDATE, session);
      notifications.belowMinimum(session);
    }
    return due.size();
  }
}
