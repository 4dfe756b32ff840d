package de.dortmund.miadoki.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Cacheable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the shared cache of every server true to the database. Records of {@link Cacheable} classes
 * (master data) sit in each server's EclipseLink cache; a change to one counts the epoch in {@code
 * cache_epoch} up in the change's transaction, and before each request a server compares the epoch
 * with the one it saw last and, when another server changed something since, forgets its shared
 * cache. So a department or language changed on one server is seen on the other with the next
 * request; the price is one read of a one-row table per request.
 */
@ApplicationScoped
public class SharedCache {

  private static final Logger LOG = Logger.getLogger(SharedCache.class.getName());
  private static final String SQL_READ = "select epoch from cache_epoch where name = 'shared'";

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private final AtomicLong seen = new AtomicLong(Long.MIN_VALUE);

  /** Whether records of the class sit in the shared cache. */
  public static boolean holds(Class<?> type) {
    Cacheable cacheable = type.getAnnotation(Cacheable.class);
    return cacheable != null && cacheable.value();
  }

  /**
   * A query over master data for showing it only (filters, choices): it answers the shared cache's
   * records themselves instead of a copy of each for the transaction, which for the 200 departments
   * of a filter cost more than the page's own list. The records must not be changed.
   */
  public static <T> TypedQuery<T> forDisplay(TypedQuery<T> query) {
    return query.setHint("eclipselink.read-only", "true");
  }

  /** In the transaction of a change to a record of a cached class: tells the other servers. */
  @Transactional(TxType.MANDATORY)
  public void changed() {
    em.createNativeQuery("update cache_epoch set epoch = epoch + 1 where name = 'shared'")
        .executeUpdate();
  }

  /**
   * Forgets this server's shared cache if the epoch moved since the last look (the first look only
   * notes it); returns whether it did. A database that does not answer changes nothing: the request
   * fails on its own.
   */
  public boolean check() {
    long epoch;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SQL_READ);
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return false;
      }
      epoch = rs.getLong(1);
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Cache epoch not read", e);
      return false;
    }
    long before = seen.getAndSet(epoch);
    if (before != epoch && before != Long.MIN_VALUE) {
      factory.getCache().evictAll();
      return true;
    }
    return false;
  }
}
