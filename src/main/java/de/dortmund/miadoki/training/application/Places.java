package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A session's places, handed out under the session's row lock: by the use cases after each change,
 * and by the system when claim windows pass.
 */
@ApplicationScoped
public class Places {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Event<TrainingEvents.PlaceGiven> placeGiven;

  /** Hands out the session's free places and tells who got one or an offer. */
  @Transactional(TxType.MANDATORY)
  public void allocate(TrainingSession session, Set<Registration> arriving) {
    for (WaitingList.Move move : WaitingList.allocate(session, active(session), arriving, clock)) {
      placeGiven.fire(new TrainingEvents.PlaceGiven(move.registration(), move.to()));
    }
  }

  /** The registrations of the session still in the running, in arrival order. */
  @Transactional(TxType.MANDATORY)
  public List<Registration> active(TrainingSession session) {
    return em.createNamedQuery(Registration.ACTIVE_OF_SESSION, Registration.class)
        .setParameter("session", session)
        .setParameter("active", RegistrationStatus.ACTIVE)
        .getResultList();
  }

  /** Locks the session of a registration, so that changes to one session run one at a time. */
  @Transactional(TxType.MANDATORY)
  public TrainingSession lockSessionOf(Long registrationId) {
    Long sessionId =
        em.createNamedQuery(Registration.SESSION_ID, Long.class)
            .setParameter("id", registrationId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(Registration.class, registrationId));
    return records.lock(TrainingSession.class, sessionId);
  }

  /**
   * Offers whose claim window has passed lapse and their places pass on; returns how many lapsed.
   */
  @Transactional
  public int lapseUnclaimedOffers() {
    List<Long> sessions =
        em.createQuery(
                "select distinct r.session.id from Registration r"
                    + " where r.status = :offered and r.claimUntil <= :now",
                Long.class)
            .setParameter("offered", RegistrationStatus.OFFERED)
            .setParameter("now", Timestamps.of(clock.instant()))
            .getResultList();
    int lapsed = 0;
    for (Long sessionId : sessions) {
      TrainingSession session = records.lock(TrainingSession.class, sessionId);
      for (Registration r : active(session)) {
        if (r.lapseIfUnclaimed(clock.instant())) {
          audit.recordAs(AuditLog.SYSTEM, AuditAction.UPDATE, r);
          lapsed++;
        }
      }
      allocate(session, Set.of());
    }
    return lapsed;
  }

  /**
   * Pending registrations stop holding places when the registration deadline passes; the places go
   * on to the list. Returns the number of sessions looked at.
   */
  @Transactional
  public int releaseHoldsPastDeadline() {
    List<Long> sessions =
        em.createQuery(
                "select distinct r.session.id from Registration r"
                    + " where r.placeHeld = true and r.session.registrationDeadline <= :now",
                Long.class)
            .setParameter("now", java.time.LocalDateTime.now(clock))
            .getResultList();
    for (Long sessionId : sessions) {
      allocate(records.lock(TrainingSession.class, sessionId), Set.of());
    }
    return sessions.size();
  }
}
