package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostgreSQL, after IT ran {@code server-config/postgresql/protect-audit.sql}, the portal's role
 * can add and read audit entries but not change, delete, truncate or drop them, nor take the rights
 * back; only the owner's retention job removes old entries.
 */
class AuditProtectionTest {

  @Test
  void thePortalsRoleCannotEraseTheAuditLog() throws Exception {
    TestPostgres.assumeAvailable();
    String url = TestPostgres.url();
    String portalUser = TestPostgres.user();
    String portalPassword = TestPostgres.password();
    String auditSchema =
        "miadoki_audit_log_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String schema = "audit_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection portal = DriverManager.getConnection(url, portalUser, portalPassword);
        Statement asPortal = portal.createStatement()) {
      asPortal.execute("create schema " + schema);
      try (Connection admin =
              DriverManager.getConnection(
                  url, System.getProperty("pg.admin.user", "postgres"), null);
          Statement asAdmin = admin.createStatement()) {
        try {
          // the portal migrates its schema as itself, as at its first start
          PGSimpleDataSource pg = new PGSimpleDataSource();
          pg.setURL(url + "?currentSchema=" + schema);
          pg.setUser(portalUser);
          pg.setPassword(portalPassword);
          assertThat(DatabaseMigration.migrate(pg).success).isTrue();

          // then IT gives the audit log to its owner role
          asAdmin.execute("set search_path to " + schema);
          asAdmin.execute(protectScript(auditSchema));

          // the portal's connections after the restart: the role's new search path
          asPortal.execute("set search_path to " + schema + ", " + auditSchema);
          asPortal.execute(
              "insert into audit_entry (id, occurred_at, actor, action, entity_type)"
                  + " values (1, now() - interval '3 years', 'alt', 'LOGIN', 'PortalUser'),"
                  + " (2, now(), 'neu', 'LOGIN', 'PortalUser')");
          assertThat(count(asPortal)).isEqualTo(2);
          java.util.List<String> allowed = new java.util.ArrayList<>();
          for (String erase :
              new String[] {
                "delete from audit_entry",
                "update audit_entry set actor = 'x'",
                "truncate audit_entry",
                "drop table audit_entry",
                "alter table audit_entry disable trigger audit_entry_append_only",
                "select audit_entry_forget(now())"
              }) {
            try {
              asPortal.execute(erase);
              allowed.add(erase);
            } catch (SQLException refused) {
              // as it must be
            }
          }
          assertThat(allowed).as("what the portal's role could still do").isEmpty();
          // granting itself the right is not an error in PostgreSQL, only a warning: it grants
          // nothing
          try {
            asPortal.execute("grant delete, truncate on audit_entry to " + portalUser);
          } catch (SQLException refused) {
            // refused outright on other versions: just as good
          }
          assertThatThrownBy(() -> asPortal.execute("delete from audit_entry"))
              .isInstanceOf(SQLException.class);
          assertThat(count(asPortal)).isEqualTo(2);

          // the owner's retention job removes what is older than the period, nothing else
          asAdmin.execute("set role miadoki_audit");
          try (ResultSet removed =
              asAdmin.executeQuery(
                  "select " + auditSchema + ".audit_entry_forget(now() - interval '2 years')")) {
            removed.next();
            assertThat(removed.getLong(1)).isEqualTo(1);
          }
          asAdmin.execute("reset role");
          assertThat(count(asPortal)).isEqualTo(1);
          // running the script again changes nothing
          asAdmin.execute(protectScript(auditSchema));
          assertThatThrownBy(() -> asPortal.execute("delete from audit_entry"))
              .isInstanceOf(SQLException.class);
        } finally {
          asAdmin.execute("reset role");
          asAdmin.execute("drop schema if exists " + auditSchema + " cascade");
          asAdmin.execute("drop schema " + schema + " cascade");
        }
      }
    }
  }

  /**
   * IT's script, with a schema name of this test run's own and without the change of the role's
   * search path (which would outlast the test); the test sets the path on its connection.
   */
  private static String protectScript(String auditSchema) throws java.io.IOException {
    String script =
        Files.readString(
            Path.of("server-config/postgresql/protect-audit.sql"), StandardCharsets.UTF_8);
    assertThat(script).contains("ALTER ROLE miadoki SET search_path");
    return script
        .replaceAll("(?m)^ALTER ROLE miadoki SET search_path.*$", "")
        .replace("miadoki_audit_log", auditSchema);
  }

  private static long count(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select count(*) from audit_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
