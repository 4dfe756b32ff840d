package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.export.IcalWriter;
import de.dortmund.miadoki.platform.security.SecretTokens;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.infrastructure.SessionInvitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A person's calendar feed behind its secret link, without a login: the confirmed places of
 * sessions not cancelled, from three months back on, one event per part with the same UID as the
 * mailed invitation, so that a program that has both shows each part once.
 */
@ApplicationScoped
public class TrainingFeed {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Optional<String> feed(String token) {
    if (!SecretTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    List<?> owner =
        em.createNativeQuery("select username from training_calendar_feed where token_hash = ?1")
            .setParameter(1, SecretTokens.hash(token))
            .getResultList();
    if (owner.isEmpty()) {
      audit.recordAs("link", AuditAction.ACCESS_DENIED, TrainingCalendar.FEED, null, null);
      return Optional.empty();
    }
    List<Registration> places =
        em.createQuery(
                "select r from Registration r join fetch r.session s where r.username = :u"
                    + " and r.status = :confirmed and s.status <> :cancelled and s.endsAt >= :from",
                Registration.class)
            .setParameter("u", owner.get(0))
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .setParameter("cancelled", SessionStatus.CANCELLED)
            .setParameter("from", LocalDateTime.now(clock).minusMonths(3))
            .getResultList();
    IcalWriter calendar =
        new IcalWriter("-//MIA-DO-KI//Fortbildungen//DE", ClockProducer.ZONE, clock.instant());
    for (Registration r : places) {
      var session = r.getSession();
      String place =
          session.getRoom() != null ? session.getRoom().getName() : session.getOnlineLink();
      for (SessionPart part : session.getParts()) {
        calendar.event(
            SessionInvitations.uid(part),
            part.getStartsAt(),
            part.getEndsAt(),
            session.getCourse().getTitle(),
            place,
            null);
      }
    }
    return Optional.of(calendar.render());
  }
}
