package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due outbox messages every few seconds (system property miadoki.outbox.interval.seconds).
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedScheduledExecutorService scheduler;
  @PersistenceContext EntityManager em;
  @Inject OutboxDelivery delivery;
  @Inject Clock clock;

  private ScheduledFuture<?> task;

  void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.outbox.interval.seconds", 20);
    task = scheduler.scheduleWithFixedDelay(this::runQuietly, interval, interval, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void runQuietly() {
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
            .setParameter("now", now)
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
