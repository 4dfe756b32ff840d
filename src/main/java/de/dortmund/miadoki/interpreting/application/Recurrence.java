package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A series of appointments every {@code everyDays} days (7 for weekly), either {@code times} times
 * or until {@code until} (inclusive), at most {@link #MAX_OCCURRENCES}.
 */
public record Recurrence(int everyDays, Integer times, LocalDate until) {

  public static final int MAX_OCCURRENCES = 52;

  public Recurrence {
    if (everyDays < 1 || everyDays > 90) {
      throw new RuleViolationException(
          RuleViolation.of("everyDays", "request.series.everyDaysRange"));
    }
    if ((times == null) == (until == null)) {
      throw new RuleViolationException(RuleViolation.of("times", "request.series.invalid"));
    }
  }

  /** The start of every occurrence, the first one included. */
  public List<LocalDateTime> starts(LocalDateTime first) {
    List<LocalDateTime> starts = new ArrayList<>();
    for (LocalDateTime s = first; starts.size() < MAX_OCCURRENCES; s = s.plusDays(everyDays)) {
      if (times != null && starts.size() >= times) {
        break;
      }
      if (until != null && s.toLocalDate().isAfter(until)) {
        break;
      }
      starts.add(s);
    }
    return starts;
  }

  /** Which occurrences a change or cancellation concerns. */
  public enum Scope {
    THIS,
    THIS_AND_FOLLOWING
  }
}
