package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends second tiers and closes expired offers by themselves, every minute (system property {@code
 * miadoki.offers.interval.seconds}). Each request is settled in a transaction of its own. With
 * several servers on one database, only the one holding the lease {@value #LEASE} runs it (see
 * {@link de.dortmund.miadoki.platform.scheduling.WorkClock}).
 */
@ApplicationScoped
public class OfferClock implements ScheduledWork {

  private static final Logger LOG = Logger.getLogger(OfferClock.class.getName());

  static final String LEASE = "interpreting.offers";

  @Inject Offers offers;
  @Inject Clock clock;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.offers.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 60;
  }

  @Override
  public void run() {
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
