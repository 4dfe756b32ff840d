package de.dortmund.miadoki.interpreting.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules: may this interpreter take this request? Every rule is checked, so the answer to
 * "why not?" lists all reasons, not only the first.
 */
public final class Eligibility {

  private Eligibility() {}

  /** All rules that exclude the candidate; empty means eligible. */
  public static List<Exclusion> exclusions(Candidate c, Need need, MatchingPolicy policy) {
    List<Exclusion> found = new ArrayList<>();
    LocalDate day = need.slot().start().toLocalDate();

    if (c.status() != InterpreterStatus.ACTIVE) {
      found.add(Exclusion.of(ExclusionRule.NOT_ACTIVE, c.status()));
    }
    if (c.vetting() == null || !c.vetting().isValidOn(day)) {
      found.add(Exclusion.of(ExclusionRule.NOT_VETTED));
    }
    languageRule(c, need, found);
    if (!c.qualification().atLeast(need.minimumQualification())) {
      found.add(
          Exclusion.of(
              ExclusionRule.QUALIFICATION, c.qualification(), need.minimumQualification()));
    }
    if (!c.fields().contains(need.field())) {
      found.add(Exclusion.of(ExclusionRule.FIELD_OF_WORK, need.field()));
    }
    if (!c.modes().contains(need.mode())) {
      found.add(Exclusion.of(ExclusionRule.MODE, need.mode()));
    }
    c.absences().stream()
        .filter(a -> a.overlaps(need.slot()))
        .findFirst()
        .ifPresent(a -> found.add(Exclusion.of(ExclusionRule.ABSENT, a.start(), a.end())));
    if (!coveredByWindows(need.slot(), c.availability())) {
      found.add(Exclusion.of(ExclusionRule.NOT_AVAILABLE));
    }
    for (Booking booking : c.bookings()) {
      if (conflicts(booking, need, policy)) {
        found.add(
            Exclusion.of(
                ExclusionRule.OVERLAP,
                booking.requestId(),
                booking.slot().start(),
                booking.slot().end()));
        break;
      }
    }
    if (need.mode().involvesTravel() && c.home() != null) {
      double km = c.home().distanceKm(need.district());
      if (km > c.maxTravelKm()) {
        found.add(Exclusion.of(ExclusionRule.TOO_FAR, Math.round(km), c.maxTravelKm()));
      }
    }
    if (need.doNotSend().contains(c.id())) {
      found.add(Exclusion.of(ExclusionRule.DO_NOT_SEND));
    }
    if (need.genderRequirement() == GenderRequirement.REQUIRED && c.gender() != need.gender()) {
      found.add(Exclusion.of(ExclusionRule.GENDER, need.gender()));
    }
    return found;
  }

  public static boolean isEligible(Candidate c, Need need, MatchingPolicy policy) {
    return exclusions(c, need, policy).isEmpty();
  }

  /**
   * The language rule: the interpreter must offer the language; if the request names a variety, the
   * interpreter must offer that very variety (a skill without variety does not cover it).
   */
  private static void languageRule(Candidate c, Need need, List<Exclusion> found) {
    List<LanguageSkill> sameLanguage =
        c.languages().stream().filter(s -> s.getLanguageId() == need.languageId()).toList();
    if (sameLanguage.isEmpty()) {
      found.add(Exclusion.of(ExclusionRule.LANGUAGE));
      return;
    }
    if (need.varietyId() != null
        && sameLanguage.stream().noneMatch(s -> need.varietyId().equals(s.getVarietyId()))) {
      found.add(Exclusion.of(ExclusionRule.VARIETY));
    }
  }

  /**
   * Whether the windows of the slot's day cover it from start to end; windows that touch or overlap
   * join (08:00–10:30 and 10:30–13:00 cover 10:00–11:00), a gap between them does not.
   */
  static boolean coveredByWindows(TimeSlot slot, List<AvailabilityWindow> windows) {
    if (!slot.start().toLocalDate().equals(slot.end().toLocalDate())) {
      return false;
    }
    java.time.LocalTime reached = slot.start().toLocalTime();
    java.time.LocalTime end = slot.end().toLocalTime();
    List<AvailabilityWindow> sameDay =
        windows.stream()
            .filter(w -> w.getDay() == slot.start().getDayOfWeek())
            .sorted(java.util.Comparator.comparing(AvailabilityWindow::getFrom))
            .toList();
    for (AvailabilityWindow window : sameDay) {
      if (window.getFrom().isAfter(reached)) {
        return false;
      }
      if (window.getUntil().isAfter(reached)) {
        reached = window.getUntil();
      }
      if (!reached.isBefore(end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an existing booking collides with the need, travel buffer included. */
  static boolean conflicts(Booking booking, Need need, MatchingPolicy policy) {
    Duration buffer =
        policy.bufferBetween(need.mode(), need.district(), booking.mode(), booking.district());
    return booking.slot().widenedBy(buffer).overlaps(need.slot());
  }
}
