package de.dortmund.miadoki.interpreting.domain;

import java.util.List;
import java.util.Set;

/**
 * An interpreter as matching sees one: profile, calendar and recent history. Built by the
 * application layer from the database; plain data, so the rules run without a container.
 *
 * @param minutesLast30Days assigned minutes in the 30 days before the appointment (fairness)
 * @param offersReceived offers sent to the interpreter in the last 30 days (fairness)
 * @param offersDeclined of those, the ones declined or left to expire (fairness)
 * @param earlierWithClient earlier assignments for the same client reference (continuity)
 */
public record Candidate(
    long id,
    String name,
    InterpreterStatus status,
    Vetting vetting,
    Qualification qualification,
    Set<FieldOfWork> fields,
    Set<Mode> modes,
    Gender gender,
    District home,
    int maxTravelKm,
    List<LanguageSkill> languages,
    List<AvailabilityWindow> availability,
    List<TimeSlot> absences,
    List<Booking> bookings,
    long minutesLast30Days,
    int offersReceived,
    int offersDeclined,
    int earlierWithClient) {

  /** The same interpreter with {@code more} bookings besides those known already. */
  public Candidate withBookings(List<Booking> more) {
    List<Booking> all = new java.util.ArrayList<>(bookings);
    all.addAll(more);
    return new Candidate(
        id,
        name,
        status,
        vetting,
        qualification,
        fields,
        modes,
        gender,
        home,
        maxTravelKm,
        languages,
        availability,
        absences,
        all,
        minutesLast30Days,
        offersReceived,
        offersDeclined,
        earlierWithClient);
  }

  public Candidate {
    fields = Set.copyOf(fields);
    modes = Set.copyOf(modes);
    languages = List.copyOf(languages);
    availability = List.copyOf(availability);
    absences = List.copyOf(absences);
    bookings = List.copyOf(bookings);
  }
}
