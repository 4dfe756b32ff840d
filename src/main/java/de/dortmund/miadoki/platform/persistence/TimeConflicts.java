package de.dortmund.miadoki.platform.persistence;

/**
 * Recognises the database's refusal of a double booking: a taken time block (unique violation, on
 * every database) or PostgreSQL's exclusion constraint on overlapping times.
 */
public final class TimeConflicts {

  private TimeConflicts() {}

  public static boolean isConflict(Throwable failure) {
    return DatabaseRefusals.isUniqueViolation(failure)
        || DatabaseRefusals.isExclusionViolation(failure);
  }
}
