package de.dortmund.miadoki.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises the database's refusal of a double booking: a taken time block (unique violation, on
 * every database) or PostgreSQL's exclusion constraint on overlapping times.
 */
public final class TimeConflicts {

  /** SQLSTATE of PostgreSQL's exclusion violation. */
  static final String EXCLUSION_VIOLATION = "23P01";

  /** SQLSTATE of a unique violation (PostgreSQL and H2). */
  static final String UNIQUE_VIOLATION = "23505";

  private TimeConflicts() {}

  public static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (EXCLUSION_VIOLATION.equals(sql.getSQLState())
              || UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
