package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Sends the pool's reminders every hour (system property {@code
 * miadoki.reminders.interval.seconds}). With several servers on one database, only the one holding
 * the lease {@value #LEASE} runs it (see {@link
 * de.dortmund.miadoki.platform.scheduling.WorkClock}).
 */
@ApplicationScoped
public class ReminderClock implements ScheduledWork {

  static final String LEASE = "interpreting.reminders";

  @Inject Reminders reminders;
  @Inject Clock clock;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.reminders.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 3600;
  }

  @Override
  public void run() {
    reminders.remindUpcoming(clock.instant());
    reminders.chaseReports(clock.instant());
    reminders.warnUnstaffed(clock.instant());
  }
}
