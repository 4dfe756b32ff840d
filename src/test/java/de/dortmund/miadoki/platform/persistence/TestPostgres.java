package de.dortmund.miadoki.platform.persistence;

import org.junit.jupiter.api.Assumptions;

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
}
