package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the pool's reminders every hour (system property {@code
 * miadoki.reminders.interval.seconds}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderClock {

  private static final Logger LOG = Logger.getLogger(ReminderClock.class.getName());

  @Resource TimerService timers;
  @Inject Reminders reminders;
  @Inject Clock clock;

  public void start(@Observes DatabaseReady ready) {
    long interval = Long.getLong("miadoki.reminders.interval.seconds", 3600) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("reminders", false));
  }

  @Timeout
  void onTimer() {
    try {
      reminders.remindUpcoming(clock.instant());
      reminders.chaseReports(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminders not sent", e);
    }
  }
}
