package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Outcome;
import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool's figures for a period, each summed by the database with GROUP BY: requests, filled
 * requests (assigned, done, settled, or a no-show of the client) and fill rate, hours, cost,
 * unfilled demand and lead time, by month, language, department or funding source. An interpreter's
 * no-show is not staffed: it counts neither as filled nor with its hours.
 */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class PoolReports {

  /**
   * EclipseLink writes the values into the SQL for queries that group by a function, and H2 then
   * refuses "active = 1"; bound parameters work on every database.
   */
  private static final String BIND = "eclipselink.jdbc.bind-parameters";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public enum Dimension {
    MONTH,
    LANGUAGE,
    DEPARTMENT,
    FUNDING;

    public String messageKey() {
      return "dimension." + name();
    }
  }

  /** The figures of the requests starting in {@code from}..{@code to}, grouped by {@code by}. */
  @Transactional
  public List<PoolFigures> figures(
      @NotNull YearMonth from, @NotNull YearMonth to, @NotNull Dimension by, String lang) {
    LocalDate start = from.atDay(1);
    LocalDate end = to.plusMonths(1).atDay(1);
    String group = groupExpression(by, lang);
    int keys = by == Dimension.MONTH ? 2 : 1;
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Object[] r : countRequests(group, start, end, false)) {
      counts.put(label(r, keys), new long[] {number(r[keys]), 0});
    }
    for (Object[] r : countRequests(group, start, end, true)) {
      counts.computeIfAbsent(label(r, keys), k -> new long[2])[1] = number(r[keys]);
    }
    Map<String, Object[]> held = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "select "
                    + group
                    + ", sum(coalesce(a.actualMinutes, a.bookedMinutes)), avg(a.leadMinutes)"
                    + " from Assignment a join a.request r join r.language l join r.department d"
                    + " join r.fundingSource f"
                    + " where a.active = true and a.startsAt >= :start and a.startsAt < :end"
                    + " and (a.outcome is null or a.outcome <> :interpreterMissing)"
                    // an active assignment starts with its request (a request that has one cannot
                    // be moved): the same period on the request spares reading all requests
                    + " and r.startsAt >= :start and r.startsAt < :end"
                    + " group by "
                    + group,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .setParameter("interpreterMissing", Outcome.NO_SHOW_INTERPRETER)
            .getResultList()) {
      held.put(label(r, keys), new Object[] {r[keys], r[keys + 1]});
    }
    Map<String, BigDecimal> cost = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "select "
                    + group
                    + ", sum(x.amount) from PayStatementLine x join x.assignment a"
                    + " join a.request r join r.language l join r.department d"
                    + " join r.fundingSource f"
                    + " where x.appointment >= :start and x.appointment < :end"
                    // a line's appointment is its assignment's start: the same condition on the
                    // assignment lets the database read assignments by date, not all of them
                    + " and a.startsAt >= :start and a.startsAt < :end"
                    + " group by "
                    + group,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .getResultList()) {
      cost.put(label(r, keys), (BigDecimal) r[keys]);
    }
    List<PoolFigures> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      Object[] h = held.get(e.getKey());
      BigDecimal hours =
          h == null || h[0] == null
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(number(h[0]))
                  .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
      Double lead = h == null || h[1] == null ? null : ((Number) h[1]).doubleValue() / 60.0;
      rows.add(
          new PoolFigures(
              e.getKey(),
              e.getValue()[0],
              e.getValue()[1],
              hours,
              cost.getOrDefault(e.getKey(), BigDecimal.ZERO),
              lead));
    }
    return rows;
  }

  /**
   * Requests per group (not cancelled); with {@code filledOnly} those that got an interpreter who
   * came (a no-show of the interpreter leaves the request unstaffed).
   */
  private List<Object[]> countRequests(
      String group, LocalDate start, LocalDate end, boolean filledOnly) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select "
                    + group
                    + ", count(r) from InterpreterRequest r join r.language l join r.department d"
                    + " join r.fundingSource f"
                    + " where r.startsAt >= :start and r.startsAt < :end and r.status <> :cancelled"
                    + (filledOnly
                        ? " and (r.status in (:assigned, :done, :settled) or (r.status = :noShow"
                            + " and not exists (select a from Assignment a where a.request = r"
                            + " and a.outcome = :interpreterMissing)))"
                        : "")
                    + " group by "
                    + group
                    + " order by "
                    + group,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("start", start.atStartOfDay())
            .setParameter("end", end.atStartOfDay())
            .setParameter("cancelled", RequestStatus.CANCELLED);
    if (filledOnly) {
      query
          .setParameter("assigned", RequestStatus.ASSIGNED)
          .setParameter("done", RequestStatus.DONE)
          .setParameter("settled", RequestStatus.SETTLED)
          .setParameter("noShow", RequestStatus.NO_SHOW)
          .setParameter("interpreterMissing", Outcome.NO_SHOW_INTERPRETER);
    }
    return query.getResultList();
  }

  /** Requests nobody took (UNFILLED), per language: what to recruit for. */
  @Transactional
  public Map<String, Long> unfilledByLanguage(
      @NotNull YearMonth from, @NotNull YearMonth to, String lang) {
    Map<String, Long> result = new LinkedHashMap<>();
    String name = "de".equals(lang) ? "l.nameDe" : "l.nameEn";
    for (Object[] r :
        em.createQuery(
                "select "
                    + name
                    + ", count(r) from InterpreterRequest r join r.language l"
                    + " where r.status = :unfilled and r.startsAt >= :start and r.startsAt < :end"
                    + " group by "
                    + name
                    + " order by count(r) desc, "
                    + name,
                Object[].class)
            .setHint(BIND, "true")
            .setParameter("unfilled", RequestStatus.UNFILLED)
            .setParameter("start", from.atDay(1).atStartOfDay())
            .setParameter("end", to.plusMonths(1).atDay(1).atStartOfDay())
            .getResultList()) {
      result.put((String) r[0], number(r[1]));
    }
    return result;
  }

  /** The same figures for a file; the export is audited. */
  @Transactional
  public List<PoolFigures> export(YearMonth from, YearMonth to, Dimension by, String lang) {
    audit.record(AuditAction.EXPORT, "PoolReport", by + " " + from + ".." + to, null);
    return figures(from, to, by, lang);
  }

  private static String groupExpression(Dimension by, String lang) {
    boolean german = "de".equals(lang);
    return switch (by) {
      case MONTH -> "extract(year from r.startsAt), extract(month from r.startsAt)";
      case LANGUAGE -> german ? "l.nameDe" : "l.nameEn";
      case DEPARTMENT -> "d.name";
      case FUNDING -> german ? "f.nameDe" : "f.nameEn";
    };
  }

  /** The group's name: the first column, or year and month as "2026-11". */
  private static String label(Object[] row, int keys) {
    if (keys == 2) {
      return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()).toString();
    }
    return String.valueOf(row[0]);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
