package de.dortmund.miadoki.training.application;

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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trainings' scheduled work, every five minutes (system property {@code
 * miadoki.training.interval.seconds}): offers whose claim window passed lapse and pass on, held
 * places are released at the deadline, managers are warned of sessions below their minimum,
 * participants are reminded a week and a day before. With several servers only the holder of the
 * lease {@value #LEASE} runs it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingClock {

  private static final Logger LOG = Logger.getLogger(TrainingClock.class.getName());

  static final String LEASE = "training.deadlines";

  @Resource TimerService timers;
  @Inject Leases leases;
  @Inject Places places;
  @Inject Deadlines deadlines;
  private Duration lease;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.training.interval.seconds", 300) * 1000;
    lease = Duration.ofMillis(2 * interval);
    timers.createIntervalTimer(interval, interval, new TimerConfig("training", false));
  }

  /** A server that stops gives the work up at once, rather than when the lease expires. */
  @PreDestroy
  void stop() {
    leases.giveUp(LEASE);
  }

  @Timeout
  void onTimer() {
    if (!leases.tryTake(LEASE, lease)) {
      return;
    }
    try {
      places.lapseUnclaimedOffers();
      places.releaseHoldsPastDeadline();
      deadlines.warnBelowMinimum();
      deadlines.remindParticipants();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Training deadlines not handled", e);
    }
  }
}
