package de.dortmund.miadoki.interpreting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What accepting an offer for a series books: each occurrence, in order, that the interpreter can
 * take, counting the occurrences booked before it (two occurrences of one series may clash with
 * each other, e.g. daily appointments longer than a day's gap); the others stay open, each with the
 * reasons.
 */
public final class SeriesAcceptance {

  private SeriesAcceptance() {}

  /** One occurrence: the request, the interpreter as matching sees them then, and its needs. */
  public record Occurrence(long requestId, Candidate candidate, Need need) {}

  /** The occurrences to book, and those that stay open with their reasons, both in order. */
  public record Outcome(List<Long> booked, Map<Long, List<Exclusion>> open) {

    public boolean isComplete() {
      return open.isEmpty();
    }
  }

  public static Outcome split(List<Occurrence> occurrences, MatchingPolicy policy) {
    List<Long> booked = new ArrayList<>();
    Map<Long, List<Exclusion>> open = new LinkedHashMap<>();
    List<Booking> added = new ArrayList<>();
    for (Occurrence o : occurrences) {
      Candidate candidate = o.candidate().withBookings(added);
      List<Exclusion> exclusions = Eligibility.exclusions(candidate, o.need(), policy);
      if (exclusions.isEmpty()) {
        booked.add(o.requestId());
        added.add(
            new Booking(o.requestId(), o.need().slot(), o.need().mode(), o.need().district()));
      } else {
        open.put(o.requestId(), exclusions);
      }
    }
    return new Outcome(List.copyOf(booked), open);
  }
}
