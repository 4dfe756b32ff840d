package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;

/**
 * Keeps the figures of past months for the reports ({@link PoolArchive}): every ten minutes (system
 * property {@code miadoki.figures.interval.seconds}), the first time half a minute after the start,
 * each month that has none or was changed since, in a transaction of its own. With several servers
 * on one database only the holder of the lease {@value #LEASE} runs it.
 */
@ApplicationScoped
public class PoolFiguresClock implements ScheduledWork {

  static final String LEASE = "interpreting.figures";

  @Inject PoolArchive archive;
  @Inject Clock clock;

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.figures.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 600;
  }

  @Override
  public long firstRunAfterSeconds(long intervalSeconds) {
    return Math.min(30, intervalSeconds);
  }

  @Override
  public void run() {
    keepPastMonths();
  }

  /** Keeps every past month without fresh figures; returns how many were kept. */
  public int keepPastMonths() {
    int kept = 0;
    for (YearMonth month : archive.monthsToKeep(YearMonth.now(clock))) {
      archive.keep(month);
      kept++;
    }
    return kept;
  }
}
