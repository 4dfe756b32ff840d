package de.dortmund.miadoki.interpreting.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the pool that differ between cities and change over time, kept by the coordinators
 * as data: how many working days ahead a request must come, the lowest qualification each field of
 * work accepts, and the kinds of appointment the pool refuses because they have legal consequences
 * (they need a sworn interpreter); and the rules for paying out ({@link Payout}).
 */
public record PoolRules(
    int leadWorkingDays,
    Map<FieldOfWork, Qualification> minimumQualification,
    Set<AppointmentKind> refusedKinds,
    Payout payout)
    implements Serializable {

  public static final int MAX_LEAD_WORKING_DAYS = 10;

  public PoolRules {
    if (leadWorkingDays < 0 || leadWorkingDays > MAX_LEAD_WORKING_DAYS) {
      throw new IllegalArgumentException("Lead time out of range: " + leadWorkingDays);
    }
    Map<FieldOfWork, Qualification> complete = new EnumMap<>(FieldOfWork.class);
    for (FieldOfWork field : FieldOfWork.values()) {
      complete.put(field, minimumQualification.getOrDefault(field, field.minimumQualification()));
    }
    minimumQualification = Map.copyOf(complete);
    refusedKinds = refusedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(refusedKinds));
    payout = payout == null ? Payout.standard() : payout;
  }

  /** The rules with the standard payout (for callers that do not touch pay). */
  public PoolRules(
      int leadWorkingDays,
      Map<FieldOfWork, Qualification> minimumQualification,
      Set<AppointmentKind> refusedKinds) {
    this(leadWorkingDays, minimumQualification, refusedKinds, Payout.standard());
  }

  /** The rules before anyone changed them: two working days, the fields' defaults, legal kinds. */
  public static PoolRules standard() {
    return new PoolRules(
        2,
        Arrays.stream(FieldOfWork.values())
            .collect(Collectors.toMap(f -> f, FieldOfWork::minimumQualification)),
        Arrays.stream(AppointmentKind.values())
            .filter(AppointmentKind::hasLegalConsequences)
            .collect(Collectors.toSet()));
  }

  public Qualification minimumFor(FieldOfWork field) {
    return minimumQualification.get(field);
  }

  public boolean refuses(AppointmentKind kind) {
    return refusedKinds.contains(kind);
  }
}
