package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Booking;
import de.dortmund.miadoki.interpreting.domain.Candidate;
import de.dortmund.miadoki.interpreting.domain.ClientPreference;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Need;
import de.dortmund.miadoki.interpreting.domain.OfferStatus;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads what matching needs for a request in a fixed number of queries, however many interpreters
 * there are: the interpreters who speak the language, their bookings around the appointment, their
 * hours in the last 30 days, the offers they received and declined in the last 30 days, and their
 * history with the client.
 */
@ApplicationScoped
public class CandidateQueries {

  /** Bookings this far around the appointment are enough for any travel buffer. */
  static final Duration CALENDAR_MARGIN = Duration.ofDays(1);

  static final Duration FAIRNESS_PERIOD = Duration.ofDays(30);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PoolRuleStore rules;

  /** Offers received and declined (or left to expire) by one interpreter. */
  private record OfferCounts(int received, int declined) {
    static final OfferCounts NONE = new OfferCounts(0, 0);
  }

  /** The request's needs, with the department's preferences for the client. */
  public Need needOf(InterpreterRequest request) {
    Set<Long> doNotSend = new HashSet<>();
    Set<Long> preferred = new HashSet<>();
    for (ClientPreference p :
        em.createNamedQuery(ClientPreference.FOR_CLIENT, ClientPreference.class)
            .setParameter("client", request.getClientKey())
            .setParameter("department", request.getDepartment().getId())
            .getResultList()) {
      (p.getKind() == ClientPreference.Kind.DO_NOT_SEND ? doNotSend : preferred)
          .add(p.getInterpreter().getId());
    }
    return request.need(doNotSend, preferred, rules.current().minimumFor(request.getField()));
  }

  /** Every interpreter who offers the request's language, as candidates. */
  public List<Candidate> speakersOf(InterpreterRequest request) {
    List<Interpreter> interpreters =
        em.createQuery(
                "select distinct i from Interpreter i join i.languages l"
                    + " where l.languageId = :language",
                Interpreter.class)
            .setParameter("language", request.getLanguage().getId())
            // only read, to build candidates: no copy of every interpreter, skill, availability
            // window and absence for the transaction (at 3,000 interpreters that copying was half
            // of the ranking's time)
            .setHint("eclipselink.read-only", "true")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "i.fields")
            .setHint("eclipselink.batch", "i.modes")
            .setHint("eclipselink.batch", "i.languages")
            .setHint("eclipselink.batch", "i.availability")
            .setHint("eclipselink.batch", "i.absences")
            .getResultList();
    return candidates(interpreters, request);
  }

  public Candidate candidate(Interpreter interpreter, InterpreterRequest request) {
    return candidates(List.of(interpreter), request).get(0);
  }

  private List<Candidate> candidates(List<Interpreter> interpreters, InterpreterRequest request) {
    if (interpreters.isEmpty()) {
      return List.of();
    }
    List<Long> ids = interpreters.stream().map(Interpreter::getId).toList();
    LocalDateTime start = request.getStartsAt();
    Map<Long, List<Booking>> bookings = bookings(ids, request);
    Map<Long, Long> minutes = minutesBefore(ids, start);
    Map<Long, OfferCounts> offers = recentOffers(ids);
    Map<Long, Integer> earlier = earlierWithClient(ids, request);
    List<Candidate> candidates = new ArrayList<>(interpreters.size());
    for (Interpreter i : interpreters) {
      candidates.add(
          i.toCandidate(
              bookings.getOrDefault(i.getId(), List.of()),
              minutes.getOrDefault(i.getId(), 0L),
              offers.getOrDefault(i.getId(), OfferCounts.NONE).received(),
              offers.getOrDefault(i.getId(), OfferCounts.NONE).declined(),
              earlier.getOrDefault(i.getId(), 0)));
    }
    return candidates;
  }

  private Map<Long, List<Booking>> bookings(Collection<Long> ids, InterpreterRequest request) {
    Map<Long, List<Booking>> byInterpreter = new HashMap<>();
    for (Assignment a :
        em.createQuery(
                "select a from Assignment a where a.interpreter.id in :ids and a.active = true"
                    + " and a.startsAt < :until and a.startsAt > :earliest and a.endsAt > :from"
                    + " and a.request.id <> :self",
                Assignment.class)
            .setParameter("ids", ids)
            .setParameter("from", request.getStartsAt().minus(CALENDAR_MARGIN))
            .setParameter(
                "earliest", request.getStartsAt().minus(CALENDAR_MARGIN).minus(Assignment.LONGEST))
            .setParameter("until", request.getEndsAt().plus(CALENDAR_MARGIN))
            .setParameter("self", request.getId() == null ? -1L : request.getId())
            .getResultList()) {
      byInterpreter
          .computeIfAbsent(a.getInterpreter().getId(), k -> new ArrayList<>())
          .add(a.toBooking());
    }
    return byInterpreter;
  }

  private Map<Long, Long> minutesBefore(Collection<Long> ids, LocalDateTime start) {
    Map<Long, Long> minutes = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select a.interpreter.id, a.startsAt, a.endsAt from Assignment a"
                    + " where a.interpreter.id in :ids and a.active = true"
                    + " and a.startsAt >= :from and a.startsAt < :until",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("from", start.minus(FAIRNESS_PERIOD))
            .setParameter("until", start)
            .getResultList();
    for (Object[] row : rows) {
      long length = Duration.between((LocalDateTime) row[1], (LocalDateTime) row[2]).toMinutes();
      minutes.merge((Long) row[0], length, Long::sum);
    }
    return minutes;
  }

  /** The offers sent to each interpreter in the last 30 days, and how many they let go. */
  private Map<Long, OfferCounts> recentOffers(Collection<Long> ids) {
    Map<Long, OfferCounts> counts = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select o.interpreter.id, count(o),"
                    + " sum(case when o.status = :declined or o.status = :expired then 1 else 0 end)"
                    + " from Offer o"
                    + " where o.interpreter.id in :ids and o.sentAt >= :from"
                    + " group by o.interpreter.id",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("declined", OfferStatus.DECLINED)
            .setParameter("expired", OfferStatus.EXPIRED)
            .setParameter("from", Timestamps.of(clock.instant().minus(FAIRNESS_PERIOD)))
            .getResultList();
    for (Object[] row : rows) {
      counts.put(
          (Long) row[0],
          new OfferCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }
    return counts;
  }

  private Map<Long, Integer> earlierWithClient(Collection<Long> ids, InterpreterRequest request) {
    Map<Long, Integer> counts = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select a.interpreter.id, count(a) from Assignment a"
                    + " where a.interpreter.id in :ids and a.request.clientKey = :client"
                    + " and a.request.department = :department and a.startsAt < :start"
                    + " group by a.interpreter.id",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("client", request.getClientKey())
            .setParameter("department", request.getDepartment())
            .setParameter("start", request.getStartsAt())
            .getResultList();
    for (Object[] row : rows) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }
}
