package de.dortmund.miadoki.platform.scheduling;

import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link ScheduledWork} at its interval with a non-persistent timer of its own, once the
 * database is ready. Before each run the server takes (or renews) the work's lease, held for two
 * intervals; another server's runs wait until it expires or is given up. One work never overlaps
 * itself on a server; different works run side by side.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkClock {

  private static final Logger LOG = Logger.getLogger(WorkClock.class.getName());

  @Resource TimerService timers;
  @Inject Leases leases;
  @Inject Instance<ScheduledWork> works;
  @Inject de.dortmund.miadoki.platform.operations.PortalFigures figures;
  @Inject de.dortmund.miadoki.platform.persistence.SharedCache sharedCache;

  private final Map<String, ScheduledWork> byLease = new ConcurrentHashMap<>();
  private final Map<String, Duration> leaseTimes = new ConcurrentHashMap<>();
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public void start(@Observes DatabaseReady ready) {
    for (ScheduledWork work : works) {
      long seconds = Long.getLong(work.intervalProperty(), work.defaultIntervalSeconds());
      long interval = seconds * 1000;
      byLease.put(work.lease(), work);
      leaseTimes.put(work.lease(), Duration.ofMillis(2 * interval));
      timers.createIntervalTimer(
          work.firstRunAfterSeconds(seconds) * 1000,
          interval,
          new TimerConfig(work.lease(), false));
    }
  }

  /** A server that stops gives its work up at once, rather than when the leases expire. */
  @PreDestroy
  void stop() {
    byLease.keySet().forEach(leases::giveUp);
  }

  @Timeout
  void onTimer(Timer timer) {
    String lease = String.valueOf(timer.getInfo());
    ScheduledWork work = byLease.get(lease);
    if (work == null || !running.add(lease)) {
      return; // the last run of this work is still going
    }
    boolean ran = false;
    try {
      if (leases.tryTake(lease, leaseTimes.get(lease))) {
        sharedCache.check();
        ran = true;
        work.run();
        figures.ran(lease, false);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled work " + lease + " failed", e);
      if (ran) {
        figures.ran(lease, true);
      }
    } finally {
      running.remove(lease);
    }
  }
}
