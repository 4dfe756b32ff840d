package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.scheduling.Leases;
import jakarta.annotation.PreDestroy;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due outbox messages every few seconds (system property {@code
 * miadoki.outbox.interval.seconds}, default 20). A singleton with a non-persistent timer: runs
 * never overlap on one server, only the server holding the lease {@value #LEASE} runs it (see
 * {@link Leases}), and each message is delivered in a transaction of its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  public static final String LEASE = "outbox";

  @Resource TimerService timers;
  @Inject Leases leases;
  @PersistenceContext EntityManager em;
  @Inject OutboxDelivery delivery;
  @Inject Clock clock;
  private Duration lease;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.outbox.interval.seconds", 20) * 1000;
    lease = Duration.ofMillis(2 * interval);
    timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
  }

  /** A server that stops gives the work up at once, rather than when the lease expires. */
  @PreDestroy
  void stop() {
    leases.giveUp(LEASE);
  }

  @Timeout
  void onTimer() {
    if (!leases.tryTake(LEASE, lease)) {
      return; // another server runs it
    }
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
