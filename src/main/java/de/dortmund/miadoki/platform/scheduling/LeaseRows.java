package de.dortmund.miadoki.platform.scheduling;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;

/** The statements of {@link Leases}, each in a transaction of its own. */
@ApplicationScoped
public class LeaseRows {

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void ensure(String work) {
    if (em.find(WorkLease.class, work) == null) {
      em.persist(new WorkLease(work));
      em.flush();
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public boolean take(String work, String holder, Instant now, Duration duration) {
    return em.createQuery(
                "update WorkLease l set l.holder = :holder, l.heldUntil = :until"
                    + " where l.name = :work and (l.heldUntil <= :now or l.holder = :holder)")
            .setParameter("holder", holder)
            .setParameter("until", Timestamps.of(now.plus(duration)))
            .setParameter("now", Timestamps.of(now))
            .setParameter("work", work)
            .executeUpdate()
        == 1;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void release(String work, String holder) {
    em.createQuery(
            "update WorkLease l set l.holder = null, l.heldUntil = :epoch"
                + " where l.name = :work and l.holder = :holder")
        .setParameter("epoch", Timestamps.of(Instant.EPOCH))
        .setParameter("work", work)
        .setParameter("holder", holder)
        .executeUpdate();
  }
}
