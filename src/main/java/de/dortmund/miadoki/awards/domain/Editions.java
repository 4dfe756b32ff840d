package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rhythm of the awards: each award every second year, the two alternating, so that one year has
 * at most one edition of either.
 */
public final class Editions {

  /** An edition that exists already. */
  public record Edition(AwardType type, int year) {}

  private Editions() {}

  /**
   * Why a new edition of {@code type} in {@code year} does not fit the rhythm; empty if it fits.
   */
  public static List<RuleViolation> check(AwardType type, int year, List<Edition> existing) {
    List<RuleViolation> violations = new ArrayList<>();
    for (Edition e : existing) {
      if (e.year() == year) {
        violations.add(RuleViolation.of("year", "award.edition.yearTaken", year));
      } else if (e.type() == type && Math.abs(e.year() - year) % 2 == 1) {
        violations.add(RuleViolation.of("year", "award.edition.everySecondYear", e.year()));
      } else if (e.type() != type && Math.abs(e.year() - year) % 2 == 0) {
        violations.add(RuleViolation.of("year", "award.edition.alternate", e.year()));
      }
    }
    return violations.stream().distinct().toList();
  }
}
