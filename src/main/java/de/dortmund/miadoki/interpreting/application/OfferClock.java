package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends second tiers and closes expired offers by themselves, every minute (system property {@code
 * miadoki.offers.interval.seconds}). Each request is settled in a transaction of its own. With
 * several servers on one database, only the one holding the lease {@value #LEASE} runs it (see
 * {@link Leases}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferClock {

  private static final Logger LOG = Logger.getLogger(OfferClock.class.getName());

  static final String LEASE = "interpreting.offers";

  @Resource TimerService timers;
  @Inject Leases leases;
  @Inject Offers offers;
  @Inject Clock clock;
  private Duration lease;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.offers.interval.seconds", 60) * 1000;
    lease = Duration.ofMillis(2 * interval);
    timers.createIntervalTimer(interval, interval, new TimerConfig("offers", false));
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
    Instant now = clock.instant();
    for (Long requestId : offers.due(now)) {
      try {
        offers.settle(requestId, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Offers of request " + requestId + " not settled", e);
      }
    }
  }
}
