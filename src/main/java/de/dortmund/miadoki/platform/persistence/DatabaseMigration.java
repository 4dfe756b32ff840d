package de.dortmund.miadoki.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of the server's default data source up to date with Flyway before anything else
 * touches the database. Each module's migrations live in {@code db/<module>}, the few statements
 * that differ per database in {@code db/<module>/<database>} (see {@link ClasspathMigrations}).
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  public MigrateResult migrate() {
    return migrate(dataSource);
  }

  /** Also used by tests on a plain H2 or PostgreSQL data source, without a server. */
  public static MigrateResult migrate(DataSource dataSource) {
    return migrate(dataSource, null);
  }

  /**
   * Migrates up to the schema version {@code target} (null: the latest); the upgrade test stops at
   * each earlier version in turn.
   */
  public static MigrateResult migrate(DataSource dataSource, String target) {
    String vendor = vendorOf(dataSource);
    ClassLoader loader = DatabaseMigration.class.getClassLoader();
    var configuration =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:db")
            .resourceProvider(new ClasspathMigrations(loader, vendor))
            .failOnMissingLocations(false);
    if (target != null) {
      configuration = configuration.target(target);
    }
    Flyway flyway = configuration.load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema on "
                + vendor
                + " at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    return result;
  }

  /** "postgresql" or "h2": the folder name of the statements for this database only. */
  public static String vendorOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
  }
}
