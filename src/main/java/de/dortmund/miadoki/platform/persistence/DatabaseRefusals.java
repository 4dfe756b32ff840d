package de.dortmund.miadoki.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises why the database refused a write, by the SQLSTATE anywhere in the chain of causes: a
 * unique key (on every database) or PostgreSQL's exclusion constraint. Services turn these into
 * their own messages, e.g. "changed by someone else" or "the time is taken".
 */
public final class DatabaseRefusals {

  /** SQLSTATE of a unique violation (PostgreSQL and H2). */
  static final String UNIQUE_VIOLATION = "23505";

  /** SQLSTATE of PostgreSQL's exclusion violation. */
  static final String EXCLUSION_VIOLATION = "23P01";

  private DatabaseRefusals() {}

  /** Whether a unique key refused the write. */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, UNIQUE_VIOLATION);
  }

  /** Whether an exclusion constraint (PostgreSQL) refused the write. */
  public static boolean isExclusionViolation(Throwable failure) {
    return hasState(failure, EXCLUSION_VIOLATION);
  }

  private static boolean hasState(Throwable failure, String state) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
