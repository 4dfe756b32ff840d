package de.dortmund.miadoki.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * At deployment: migrate the schema, then tell the rest of the portal the database is ready. A
 * start-up singleton rather than a CDI lifecycle observer: both servers run it inside a proper
 * component invocation, so observers of {@link DatabaseReady} get working transactions.
 */
@Singleton
@Startup
public class PlatformStartup {

  @Inject DatabaseMigration migration;
  @Inject de.dortmund.miadoki.platform.operations.Readiness readiness;
  @Inject Event<DatabaseReady> ready;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onStart() {
    org.flywaydb.core.api.output.MigrateResult result = migration.migrate();
    // with nothing to apply Flyway names no target: the schema stayed at its version
    readiness.migrated(
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion);
    ready.fire(new DatabaseReady());
  }
}
