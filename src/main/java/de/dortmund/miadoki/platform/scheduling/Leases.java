package de.dortmund.miadoki.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scheduled work runs once, however many servers share the database: before a run, a server takes
 * the work's lease, a row of {@code work_lease} that one holder at a time may hold until it
 * expires. The holder renews it with each run and keeps it while it runs; another server takes it
 * over only once it has expired (the holder stopped). A lease should last somewhat longer than the
 * interval of its work, so that the holder's next run renews it in time.
 *
 * <p>Taking a lease is one conditional update in a transaction of its own, which the database
 * serialises: of two servers asking at the same moment, exactly one succeeds.
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  /** This server (this deployment) as a holder of leases. */
  private final String self = holderName();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LeaseRows rows;

  /** Takes or renews the lease for this server; false when another server holds it. */
  public boolean tryTake(String work, Duration duration) {
    return tryTake(work, duration, self);
  }

  /** Takes or renews the lease for {@code holder}; false when someone else holds it. */
  public boolean tryTake(String work, Duration duration, String holder) {
    try {
      rows.ensure(work);
    } catch (RuntimeException e) {
      // another server created the row at the same moment: it exists now
      LOG.log(Level.FINE, "Lease row " + work + " created elsewhere", e);
    }
    return rows.take(work, holder, clock.instant(), duration);
  }

  /** The current holder of a lease, if it is held now. */
  @Transactional
  public java.util.Optional<String> holder(String work) {
    WorkLease lease = em.find(WorkLease.class, work);
    return lease == null || !lease.getHeldUntil().isAfter(clock.instant())
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(lease.getHolder());
  }

  /** Gives a lease up, so another can take it at once. */
  public void release(String work, String holder) {
    rows.release(work, holder);
  }

  /**
   * This server gives its lease of the work up as it stops (from a {@code @PreDestroy}); a database
   * already gone only means the lease expires by itself.
   */
  public void giveUp(String work) {
    try {
      release(work, self);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Lease " + work + " not released", e);
    }
  }

  public String self() {
    return self;
  }

  private static String holderName() {
    String name =
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 80 ? name.substring(name.length() - 80) : name;
  }
}
