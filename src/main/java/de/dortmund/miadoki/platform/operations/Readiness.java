package de.dortmund.miadoki.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the portal is ready for work: set once the schema was migrated at start-up, with the
 * schema version it reached.
 */
@ApplicationScoped
public class Readiness {

  private volatile String schemaVersion;

  public void migrated(String version) {
    this.schemaVersion = version == null ? "0" : version;
  }

  public boolean isMigrated() {
    return schemaVersion != null;
  }

  /** The schema version reached at start-up; null before the migration finished. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
