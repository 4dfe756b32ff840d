package de.dortmund.miadoki.platform.scheduling;

/**
 * Work the system does by itself at an interval (sending mails, settling offers, reminders).
 * Modules provide beans of this type; {@link WorkClock} runs each under its lease, so that with
 * several servers on one database it runs on one of them at a time.
 */
public interface ScheduledWork {

  /** The name of the work's lease, e.g. {@code outbox}. */
  String lease();

  /** The system property with the interval in seconds. */
  String intervalProperty();

  /** The interval in seconds when the property is not set. */
  long defaultIntervalSeconds();

  /** When the first run comes after the start; one interval unless the work says otherwise. */
  default long firstRunAfterSeconds(long intervalSeconds) {
    return intervalSeconds;
  }

  /** One run; a failure is logged and the next run comes at the next interval. */
  void run();
}
