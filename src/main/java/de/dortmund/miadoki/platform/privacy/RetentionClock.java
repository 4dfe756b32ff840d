package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The nightly deletion of what is due: checked every hour (system property {@code
 * miadoki.retention.interval.seconds}, 3600) under the lease {@value #LEASE}, it runs once a day
 * from the hour {@code miadoki.retention.hour} (2, local time) on; the day's row in {@code
 * retention_run} keeps a second server or a restart from running it again. An hour of 24 switches
 * the nightly run off (the test servers do: their data lie in the past on purpose).
 */
@ApplicationScoped
public class RetentionClock implements ScheduledWork {

  public static final String LEASE = "retention";

  @Inject Retention retention;
  @Inject Clock clock;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.retention.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 3600;
  }

  @Override
  public void run() {
    LocalDateTime now = LocalDateTime.now(clock);
    if (now.getHour() >= Integer.getInteger("miadoki.retention.hour", 2)) {
      retention.runOnce(now.toLocalDate(), "system");
    }
  }
}
