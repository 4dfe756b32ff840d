package de.dortmund.miadoki.platform.privacy;

/**
 * A kind of record with a retention period: its key (also the key of its name and description in
 * the bundles, {@code retention.<key>} and {@code retention.<key>.what}), the period a module
 * proposes, and the range ADMIN may set, in months.
 */
public record RetentionRule(String key, int defaultMonths, int minMonths, int maxMonths) {

  public RetentionRule {
    if (minMonths < 0 || defaultMonths < minMonths || defaultMonths > maxMonths) {
      throw new IllegalArgumentException("Retention of " + key + " outside its own range");
    }
  }

  public boolean allows(int months) {
    return months >= minMonths && months <= maxMonths;
  }
}
