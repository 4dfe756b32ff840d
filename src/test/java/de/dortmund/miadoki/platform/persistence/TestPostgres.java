package de.dortmund.miadoki.platform.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the {@code -Ddb=postgres} build, as its system properties name it; the
 * tests that need it are skipped in the H2 build.
 */
final class TestPostgres {

  private TestPostgres() {}

  /** Skips the calling test unless the build runs against PostgreSQL. */
  static void assumeAvailable() {
    Assumptions.assumeTrue(
        "postgres".equals(System.getProperty("it.db")) && System.getProperty("pg.host") != null,
        "PostgreSQL is checked in the -Ddb=postgres build");
  }

  static String url() {
    return "jdbc:postgresql://"
        + System.getProperty("pg.host")
        + ":"
        + System.getProperty("pg.port")
        + "/"
        + System.getProperty("pg.database");
  }

  /** The portal's role. */
  static String user() {
    return System.getProperty("pg.user");
  }

  static String password() {
    return System.getProperty("pg.password");
  }

  /** Work on a data source of a schema of its own, made for it and dropped afterwards. */
  interface SchemaWork {
    void run(DataSource dataSource) throws SQLException;
  }

  /** Runs {@code work} in a fresh schema named {@code prefix} and a random part. */
  static void inFreshSchema(String prefix, SchemaWork work) throws SQLException {
    String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(url(), user(), password());
        Statement statement = admin.createStatement()) {
      statement.execute("create schema " + schema);
      try {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url() + "?currentSchema=" + schema);
        pg.setUser(user());
        pg.setPassword(password());
        work.run(pg);
      } finally {
        statement.execute("drop schema " + schema + " cascade");
      }
    }
  }
}
