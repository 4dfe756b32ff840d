package de.dortmund.miadoki.interpreting.domain;

import java.util.Set;

/**
 * What a request asks of an interpreter, as the matching rules see it. {@code district} is where an
 * on-site appointment takes place (null for phone and video); {@code doNotSend} and {@code
 * preferred} are the interpreter ids recorded for the request's client reference.
 */
public record Need(
    long languageId,
    Long varietyId,
    FieldOfWork field,
    Qualification minimumQualification,
    Mode mode,
    District district,
    TimeSlot slot,
    GenderRequirement genderRequirement,
    Gender gender,
    String clientReference,
    Set<Long> doNotSend,
    Set<Long> preferred) {

  public Need {
    doNotSend = Set.copyOf(doNotSend);
    preferred = Set.copyOf(preferred);
    if (mode.involvesTravel() && district == null) {
      throw new IllegalArgumentException("An on-site appointment needs a district");
    }
    if (genderRequirement != GenderRequirement.NONE && gender == null) {
      throw new IllegalArgumentException("A gender wish needs a gender");
    }
  }
}
