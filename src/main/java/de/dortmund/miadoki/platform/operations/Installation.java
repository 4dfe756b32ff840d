package de.dortmund.miadoki.platform.operations;

import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.OutboxStatus;
import de.dortmund.miadoki.platform.scheduling.Leases;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Facts about this installation for administrators and IT's monitoring: the build, the schema
 * version, the database, the outbox's backlog and who holds each lease.
 */
@ApplicationScoped
public class Installation {

  /** A lease: the work, its holder (null when free) and whether this server holds it. */
  public record LeaseState(String work, String holder, Instant heldUntil, boolean mine)
      implements Serializable {}

  /** The outbox: mails waiting, given up, and sent ones still kept as proof. */
  public record OutboxState(long pending, long sending, long failed, long sent)
      implements Serializable {}

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject Leases leases;
  @Inject MailOutbox outbox;
  @Inject java.time.Clock clock;

  private final Properties build = loadBuild();

  public String version() {
    return build.getProperty("version", "?");
  }

  public String builtAt() {
    return build.getProperty("built", "?");
  }

  /** The highest schema version applied, from Flyway's history. */
  @Transactional
  public String schemaVersion() {
    List<?> versions =
        em.createNativeQuery(
                // Flyway names its table and columns in quotes, in lower case (H2 keeps the case)
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                    + " and \"version\" is not null")
            .getResultList();
    return versions.stream().map(String::valueOf).max(Installation::compareVersions).orElse("0");
  }

  /** The database's product and version, or null when it does not answer. */
  public String database() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return null;
    }
  }

  /** Whether the database answers within two seconds. */
  public boolean databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Transactional
  public OutboxState outbox() {
    return new OutboxState(
        outbox.count(OutboxStatus.PENDING),
        outbox.count(OutboxStatus.SENDING),
        outbox.count(OutboxStatus.FAILED),
        outbox.count(OutboxStatus.SENT));
  }

  /** Every lease that was ever taken, with its current holder. */
  @Transactional
  public List<LeaseState> leases() {
    Instant now = clock.instant();
    List<LeaseState> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("select name, holder, held_until from work_lease order by name")
            .getResultList()) {
      Object[] r = (Object[]) row;
      Instant until = instant(r[2]);
      boolean held = until != null && until.isAfter(now) && r[1] != null;
      String holder = held ? String.valueOf(r[1]) : null;
      result.add(new LeaseState(String.valueOf(r[0]), holder, until, leases.self().equals(holder)));
    }
    return result;
  }

  public String self() {
    return leases.self();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return value instanceof Instant i ? i : null;
  }

  /** Versions like "9", "21", "3.1" in numeric order. */
  public static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static Properties loadBuild() {
    Properties properties = new Properties();
    try (InputStream in = Installation.class.getResourceAsStream("/miadoki-build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // no build facts: the page shows "?"
    }
    return properties;
  }
}
