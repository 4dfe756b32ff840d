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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the pool's reminders every hour (system property {@code
 * miadoki.reminders.interval.seconds}). With several servers on one database, only the one holding
 * the lease {@value #LEASE} runs it (see {@link Leases}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderClock {

  private static final Logger LOG = Logger.getLogger(ReminderClock.class.getName());

  static final String LEASE = "interpreting.reminders";

  @Resource TimerService timers;
  @Inject Leases leases;
  @Inject Reminders reminders;
  @Inject Clock clock;
  private Duration lease;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.reminders.interval.seconds", 3600) * 1000;
    lease = Duration.ofMillis(2 * interval);
    timers.createIntervalTimer(interval, interval, new TimerConfig("reminders", false));
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
      reminders.remindUpcoming(clock.instant());
      reminders.chaseReports(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminders not sent", e);
    }
  }
}
