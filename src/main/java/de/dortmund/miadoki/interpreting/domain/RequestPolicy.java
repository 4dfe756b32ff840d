package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.time.WorkingDays;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The city's rules for booking: how many working days ahead a normal request must come (counted
 * with the public holidays of North Rhine-Westphalia; urgent ones need a reason instead), which
 * kinds of appointment the pool refuses, and how long an appointment may be. The first two are the
 * coordinators' {@link PoolRules}.
 */
public record RequestPolicy(PoolRules rules, Duration shortest, Duration longest) {

  /**
   * A client reference is a pseudonym such as "JA-2026-0815": letters, digits and hyphens with at
   * least one digit, so that a name ("Ayse Yilmaz") cannot be entered by mistake.
   */
  static final java.util.regex.Pattern PSEUDONYM =
      java.util.regex.Pattern.compile("(?=.*[0-9])[A-Za-z0-9-]{3,40}");

  public static RequestPolicy standard() {
    return of(PoolRules.standard());
  }

  /** The booking rules with the coordinators' current pool rules. */
  public static RequestPolicy of(PoolRules rules) {
    return new RequestPolicy(rules, Duration.ofMinutes(15), Duration.ofHours(8));
  }

  public int leadWorkingDays() {
    return rules.leadWorkingDays();
  }

  /** The earliest start of a request that is not urgent, made at {@code now}. */
  public LocalDateTime earliestStart(LocalDateTime now) {
    return WorkingDays.plus(now, rules.leadWorkingDays());
  }

  /** Every rule the details break at {@code now} (local time in Europe/Berlin). */
  public List<RuleViolation> check(InterpreterRequest.Details d, LocalDateTime now) {
    List<RuleViolation> found = new ArrayList<>();
    if (d.kind() != null && rules.refuses(d.kind())) {
      found.add(RuleViolation.of("kind", "request.refused.legal"));
    }
    if (d.startsAt() != null) {
      if (!d.startsAt().isAfter(now)) {
        found.add(RuleViolation.of("startsAt", "request.start.past"));
      } else if (!d.urgent() && d.startsAt().isBefore(earliestStart(now))) {
        found.add(RuleViolation.of("startsAt", "request.start.leadTime", rules.leadWorkingDays()));
      }
    }
    if (d.urgent() && (d.urgencyReason() == null || d.urgencyReason().isBlank())) {
      found.add(RuleViolation.of("urgencyReason", "request.urgency.reasonMissing"));
    }
    if (d.duration() != null
        && (d.duration().compareTo(shortest) < 0 || d.duration().compareTo(longest) > 0)) {
      found.add(
          RuleViolation.of(
              "duration", "request.duration.range", shortest.toMinutes(), longest.toHours()));
    }
    if (d.clientReference() == null || !PSEUDONYM.matcher(d.clientReference()).matches()) {
      found.add(RuleViolation.of("clientReference", "request.client.pseudonym"));
    }
    if (d.alternativeStartsAt() != null && !d.alternativeStartsAt().isAfter(now)) {
      found.add(RuleViolation.of("alternativeStartsAt", "request.start.past"));
    }
    if (d.mode() == Mode.ON_SITE) {
      if (d.address() == null || d.address().isBlank()) {
        found.add(RuleViolation.of("address", "request.onsite.address"));
      }
      if (d.district() == null) {
        found.add(RuleViolation.of("district", "request.onsite.district"));
      }
    }
    if (d.genderRequirement() != null
        && d.genderRequirement() != GenderRequirement.NONE
        && d.interpreterGender() == null) {
      found.add(RuleViolation.of("interpreterGender", "request.gender.missing"));
    }
    if (d.variety() != null
        && d.language() != null
        && !d.variety().getLanguage().equals(d.language())) {
      found.add(RuleViolation.of("variety", "request.variety.mismatch"));
    }
    return found;
  }
}
