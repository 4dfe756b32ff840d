package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Outcome;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The counting under the pool's reports, summed by the database with GROUP BY: requests, filled and
 * unfilled ones, minutes held, lead time and cost of a period. The reports group by names, the
 * retention's {@link PoolArchive} by ids when it keeps a month's figures.
 */
@ApplicationScoped
public class PoolCounting {

  /**
   * EclipseLink writes the values into the SQL for queries that group by a function, and H2 then
   * refuses "active = 1"; bound parameters work on every database.
   */
  static final String BIND = "eclipselink.jdbc.bind-parameters";

  @PersistenceContext EntityManager em;

  /** The running sums of one group; the lead time as a sum and a count, to add months up. */
  public static final class Sums {
    long requests;
    long filled;
    long unfilled;
    long heldMinutes;
    long leadMinutes;
    long leadCount;
    BigDecimal cost = BigDecimal.ZERO;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  /**
   * Adds the figures of the requests starting in {@code start}..{@code end}, counted from the
   * requests, assignments and statement lines, to {@code groups}: grouped by {@code requestGroup}
   * over a request {@code r} and by {@code lineGroup} over a statement line {@code x} (both with
   * language {@code l}, department {@code d} and funding source {@code f}), each group named by
   * {@code label} from its first {@code keys} columns.
   */
  public void live(
      Map<String, Sums> groups,
      String requestGroup,
      String lineGroup,
      Function<Object[], String> label,
      int keys,
      LocalDate start,
      LocalDate end) {
    addCounts(groups, requestGroup, label, keys, start, end, Count.ALL, (g, n) -> g.requests += n);
    addCounts(groups, requestGroup, label, keys, start, end, Count.FILLED, (g, n) -> g.filled += n);
    liveUnfilled(groups, requestGroup, label, keys, start, end);
    for (Object[] r :
        em.createQuery(
                "select "
                    + requestGroup
                    + ", sum(coalesce(a.actualMinutes, a.bookedMinutes)), sum(a.leadMinutes),"
                    + " count(a) from Assignment a join a.request r join r.language l"
                    + " join r.department d join r.fundingSource f"
                    + " where a.active = true and a.startsAt >= :start and a.startsAt < :end"
                    + " and (a.outcome is null or a.outcome <> :interpreterMissing)"
                    // an active assignment starts with its request (a request that has one cannot
                    // be moved): the same period on the request spares reading all requests
                    + " and r.startsAt >= :start and r.startsAt < :end"
                    + " group by "
                    + requestGroup,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .setParameter("interpreterMissing", Outcome.NO_SHOW_INTERPRETER)
            .getResultList()) {
      Sums sums = groups.computeIfAbsent(label.apply(r), k -> new Sums());
      sums.heldMinutes += number(r[keys]);
      sums.leadMinutes += number(r[keys + 1]);
      sums.leadCount += number(r[keys + 2]);
    }
    for (Object[] r :
        em.createQuery(
                "select "
                    + lineGroup
                    // a line keeps the language, department and funding source of its request
                    // and its assignment's start as the appointment
                    + ", sum(x.amount) from PayStatementLine x join x.language l"
                    + " join x.department d join x.fundingSource f"
                    + " where x.appointment >= :start and x.appointment < :end"
                    + " group by "
                    + lineGroup,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .getResultList()) {
      Sums sums = groups.computeIfAbsent(label.apply(r), k -> new Sums());
      sums.cost = sums.cost.add(r[keys] == null ? BigDecimal.ZERO : (BigDecimal) r[keys]);
    }
  }

  /**
   * Adds only the requests nobody took (UNFILLED) of {@code start}..{@code end} to {@code groups}:
   * one query, for the report of unmet demand, instead of the five of {@link #live}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void liveUnfilled(
      Map<String, Sums> groups,
      String requestGroup,
      Function<Object[], String> label,
      int keys,
      LocalDate start,
      LocalDate end) {
    addCounts(
        groups, requestGroup, label, keys, start, end, Count.UNFILLED, (g, n) -> g.unfilled += n);
  }

  /** Adds one count of requests per group to the groups' sums. */
  private void addCounts(
      Map<String, Sums> groups,
      String requestGroup,
      Function<Object[], String> label,
      int keys,
      LocalDate start,
      LocalDate end,
      Count count,
      java.util.function.ObjLongConsumer<Sums> add) {
    for (Object[] r : countRequests(requestGroup, start, end, count)) {
      add.accept(groups.computeIfAbsent(label.apply(r), k -> new Sums()), number(r[keys]));
    }
  }

  /** Which requests a count takes: all but cancelled ones, those staffed, those nobody took. */
  private enum Count {
    ALL,
    FILLED,
    UNFILLED
  }

  /**
   * Requests per group (not cancelled); FILLED: those that got an interpreter who came (a no-show
   * of the interpreter leaves the request unstaffed); UNFILLED: those nobody took.
   */
  private List<Object[]> countRequests(String group, LocalDate start, LocalDate end, Count count) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select "
                    + group
                    + ", count(r) from InterpreterRequest r join r.language l join r.department d"
                    + " join r.fundingSource f"
                    + " where r.startsAt >= :start and r.startsAt < :end and r.status <> :cancelled"
                    + switch (count) {
                      case ALL -> "";
                      case FILLED ->
                          " and (r.status in (:assigned, :done, :settled) or (r.status = :noShow"
                              + " and not exists (select a from Assignment a where a.request = r"
                              + " and a.outcome = :interpreterMissing)))";
                      case UNFILLED -> " and r.status = :unfilled";
                    }
                    + " group by "
                    + group,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .setParameter("cancelled", RequestStatus.CANCELLED);
    if (count == Count.FILLED) {
      query
          .setParameter("assigned", RequestStatus.ASSIGNED)
          .setParameter("done", RequestStatus.DONE)
          .setParameter("settled", RequestStatus.SETTLED)
          .setParameter("noShow", RequestStatus.NO_SHOW)
          .setParameter("interpreterMissing", Outcome.NO_SHOW_INTERPRETER);
    } else if (count == Count.UNFILLED) {
      query.setParameter("unfilled", RequestStatus.UNFILLED);
    }
    return query.getResultList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
