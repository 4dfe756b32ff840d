package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import jakarta.persistence.OptimisticLockException;

/** Recognises failures that screens turn into messages rather than error pages. */
public final class Failures {

  private Failures() {}

  /** True if someone else changed the record: a version check failed at load or at commit. */
  public static boolean isConcurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConcurrentChangeException || t instanceof OptimisticLockException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
