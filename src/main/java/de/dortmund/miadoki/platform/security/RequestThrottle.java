package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.scheduling.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * How often a client without an account (a public form, a check of a code) may do something in a
 * while, counted in the database so that the limit holds however many server nodes share it. A
 * client is known only by a hash of its address with the scope; a request over the limit is refused
 * and not counted, so a flood keeps at most the limit's rows per client. Rows older than a day are
 * deleted every hour under the lease {@value #LEASE}.
 */
@ApplicationScoped
public class RequestThrottle implements ScheduledWork {

  static final String LEASE = "throttle.requests";
  private static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Counts this request of {@code client} in {@code scope} if fewer than {@code limit} were counted
   * in the last {@code window}; false (not counted) otherwise. Runs in a transaction of its own, so
   * that the count stays when the caller's work fails.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean allow(String scope, String client, int limit, Duration window) {
    Instant now = clock.instant();
    String key = key(scope, client);
    long recent =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from request_hit"
                            + " where scope = ? and client = ? and arrived_at > ?")
                    .setParameter(1, scope)
                    .setParameter(2, key)
                    .setParameter(3, utc(now.minus(window)))
                    .getSingleResult())
            .longValue();
    if (recent >= limit) {
      return false;
    }
    em.createNativeQuery("insert into request_hit (scope, client, arrived_at) values (?, ?, ?)")
        .setParameter(1, scope)
        .setParameter(2, key)
        .setParameter(3, utc(now))
        .executeUpdate();
    return true;
  }

  /** How many times {@code client} was counted in {@code scope} in the last {@code window}. */
  @Transactional(TxType.REQUIRES_NEW)
  public int recent(String scope, String client, Duration window) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from request_hit"
                        + " where scope = ? and client = ? and arrived_at > ?")
                .setParameter(1, scope)
                .setParameter(2, key(scope, client))
                .setParameter(3, utc(clock.instant().minus(window)))
                .getSingleResult())
        .intValue();
  }

  /** How many were counted in {@code scope} in the last {@code window}, all clients together. */
  @Transactional(TxType.REQUIRES_NEW)
  public long recentAll(String scope, Duration window) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from request_hit where scope = ? and arrived_at > ?")
                .setParameter(1, scope)
                .setParameter(2, utc(clock.instant().minus(window)))
                .getSingleResult())
        .longValue();
  }

  /** When {@code client} was last counted in {@code scope}, if within the last day. */
  @Transactional(TxType.REQUIRES_NEW)
  public java.util.Optional<Instant> latest(String scope, String client) {
    Object latest =
        em.createNativeQuery(
                "select max(arrived_at) from request_hit where scope = ? and client = ?")
            .setParameter(1, scope)
            .setParameter(2, key(scope, client))
            .getSingleResult();
    if (latest == null) {
      return java.util.Optional.empty();
    }
    LocalDateTime at = latest instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) latest;
    return java.util.Optional.of(at.toInstant(ZoneOffset.UTC));
  }

  /** Counts {@code client} in {@code scope} now, whatever the count. */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(String scope, String client) {
    em.createNativeQuery("insert into request_hit (scope, client, arrived_at) values (?, ?, ?)")
        .setParameter(1, scope)
        .setParameter(2, key(scope, client))
        .setParameter(3, utc(clock.instant()))
        .executeUpdate();
  }

  /** Forgets what was counted for {@code client} in {@code scope}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void forget(String scope, String client) {
    em.createNativeQuery("delete from request_hit where scope = ? and client = ?")
        .setParameter(1, scope)
        .setParameter(2, key(scope, client))
        .executeUpdate();
  }

  /** Forgets everything counted more than a day ago. */
  @Transactional(TxType.REQUIRES_NEW)
  public int forgetOld() {
    return em.createNativeQuery("delete from request_hit where arrived_at < ?")
        .setParameter(1, utc(clock.instant().minus(KEPT)))
        .executeUpdate();
  }

  @Override
  public String lease() {
    return LEASE;
  }

  @Override
  public String intervalProperty() {
    return "miadoki.throttle.interval.seconds";
  }

  @Override
  public long defaultIntervalSeconds() {
    return 3600;
  }

  @Override
  public void run() {
    forgetOld();
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The client as stored: a hash of scope and address, not the address. */
  static String key(String scope, String client) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((scope + "\n" + client).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
