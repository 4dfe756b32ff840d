package de.dortmund.miadoki.platform.privacy;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A kind of record as ADMIN sees it: the rule with the period in force, and who set it (nobody
 * while the module's default applies; version 0 then).
 */
public record RetentionSetting(
    RetentionRule rule, int months, long version, String changedBy, OffsetDateTime changedAt)
    implements Serializable {

  /** The bundle key of a kind's name. */
  public static String nameKey(String key) {
    return "retention." + key;
  }

  public String getKey() {
    return rule.key();
  }

  public java.time.Instant getChangedInstant() {
    return changedAt == null ? null : changedAt.toInstant();
  }

  public boolean isDefault() {
    return changedBy == null;
  }
}
