package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due outbox messages every few seconds (system property {@code
 * miadoki.outbox.interval.seconds}, default 20). A singleton with a non-persistent timer: runs
 * never overlap on one server, and each message is delivered in a transaction of its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  @Resource TimerService timers;
  @PersistenceContext EntityManager em;
  @Inject OutboxDelivery delivery;
  @Inject Clock clock;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.outbox.interval.seconds", 20) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
  }

  @Timeout
  void onTimer() {
    try {
      sendDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox run failed", e);
    }
  }

  /** Delivers the messages due at {@code now}; returns how many were sent. */
  public int sendDue(Instant now) {
    List<Long> due =
        em.createNamedQuery(OutboxMessage.DUE_IDS, Long.class)
            .setParameter("status", OutboxStatus.PENDING)
            .setParameter("now", Timestamps.of(now))
            .setMaxResults(BATCH)
            .getResultList();
    int sent = 0;
    for (Long id : due) {
      if (delivery.deliver(id, now)) {
        sent++;
      }
    }
    return sent;
  }
}
