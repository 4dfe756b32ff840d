package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends due outbox messages every few seconds (system property {@code
 * miadoki.outbox.interval.seconds}, default 20), run by the {@link
 * de.dortmund.miadoki.platform.scheduling.WorkClock} under the lease {@value #LEASE}; each message
 * is delivered in a transaction of its own.
 */
@ApplicationScoped
public class OutboxSender implements ScheduledWork {

  private static final int BATCH = 50;

  public static final String LEASE = "outbox";

  @PersistenceContext EntityManager em;
  @Inject OutboxDelivery delivery;
  @Inject Clock clock;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.outbox.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 20;
  }

  @Override
  public void run() {
    sendDue(clock.instant());
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
