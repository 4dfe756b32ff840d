package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of past months, kept per language, department and funding source (what {@link
 * PoolReports} counts), so that a report of ten years reads ten years of kept figures instead of
 * counting half a million requests:
 *
 * <ul>
 *   <li>{@link PoolFiguresClock} keeps every past month; a kept month is <em>fresh</em> until a
 *       request, an assignment or a statement line of it is written (the portal's writes mark it,
 *       see {@code KeptMonthChanges}), and the reports count a month that is not fresh from the
 *       requests again until it is kept anew;
 *   <li>the retention seals a month before its requests go: its figures are kept once more and it
 *       stays fresh for good. Months are sealed oldest first, so the sealed months are always the
 *       earliest ones.
 * </ul>
 */
@ApplicationScoped
public class PoolArchive {

  @PersistenceContext EntityManager em;
  @Inject PoolCounting counting;
  @Inject Clock clock;

  /** Marks the kept month of {@code day} as changed (not for sealed months: nothing is left). */
  public static final String MARK_CHANGED =
      "update pool_month_kept set fresh = false"
          + " where month_start = ?1 and fresh = true and sealed = false";

  /** The run of fresh kept months the reports may read: [from, until); null while there is none. */
  public record KeptRun(LocalDate from, LocalDate until) {}

  /** The first day after the last sealed month; null while no month is sealed. */
  @Transactional
  public LocalDate sealedUntil() {
    Object last =
        em.createNativeQuery("select max(month_start) from pool_sealed_month").getSingleResult();
    return last == null ? null : YearMonth.from(localDate(last)).plusMonths(1).atDay(1);
  }

  /**
   * The kept months from the first one up to the first that is not fresh (or missing): what the
   * reports read from the kept figures; after it they count.
   */
  @Transactional
  public KeptRun keptRun() {
    List<?> rows =
        em.createNativeQuery("select month_start, fresh from pool_month_kept order by month_start")
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    LocalDate from = localDate(((Object[]) rows.get(0))[0]);
    LocalDate until = from;
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      if (!localDate(r[0]).equals(until) || !Boolean.TRUE.equals(r[1])) {
        break;
      }
      until = until.plusMonths(1);
    }
    return until.equals(from) ? null : new KeptRun(from, until);
  }

  /**
   * The past months whose figures are to be kept (again), oldest first: every month from the first
   * one with requests or kept figures to the one before {@code current} without fresh figures. Each
   * gets its row first (not fresh), so that writes of it mark it from now on.
   */
  @Transactional
  public List<YearMonth> monthsToKeep(YearMonth current) {
    Set<YearMonth> listed = new HashSet<>();
    List<YearMonth> due = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("select month_start, fresh from pool_month_kept").getResultList()) {
      Object[] r = (Object[]) row;
      YearMonth month = YearMonth.from(localDate(r[0]));
      listed.add(month);
      if (!Boolean.TRUE.equals(r[1]) && month.isBefore(current)) {
        due.add(month);
      }
    }
    YearMonth first = listed.stream().min(YearMonth::compareTo).orElse(null);
    YearMonth firstRequest = firstMonthWithRequests();
    if (first == null || (firstRequest != null && firstRequest.isBefore(first))) {
      first = firstRequest;
    }
    if (first == null) {
      return due;
    }
    for (YearMonth month = first; month.isBefore(current); month = month.plusMonths(1)) {
      if (!listed.contains(month)) {
        em.createNativeQuery(
                "insert into pool_month_kept (month_start, fresh, sealed, kept_at)"
                    + " values (?1, false, false, ?2)")
            .setParameter(1, month.atDay(1))
            .setParameter(2, Timestamps.of(clock.instant()))
            .executeUpdate();
        due.add(month);
      }
    }
    Collections.sort(due);
    return due;
  }

  /**
   * Counts {@code month} and keeps its figures; it is fresh from now on until a write of it. The
   * month's row is changed first: a write of the month that comes meanwhile waits for this
   * transaction and then marks it again, and one that came before was committed before the count.
   */
  @Transactional
  public void keep(YearMonth month) {
    LocalDate start = month.atDay(1);
    if (markFresh(start, false) == 0) {
      return; // sealed meanwhile
    }
    recount(start, month.plusMonths(1).atDay(1));
  }

  /**
   * Marks the month's row fresh, and sealed with {@code seal} (a sealed month is left alone
   * otherwise); the row's lock comes first, see {@link #keep}. Returns how many rows changed.
   */
  private int markFresh(LocalDate start, boolean seal) {
    return em.createNativeQuery(
            seal
                ? "update pool_month_kept set fresh = true, sealed = true, kept_at = ?2"
                    + " where month_start = ?1"
                : "update pool_month_kept set fresh = true, kept_at = ?2"
                    + " where month_start = ?1 and sealed = false")
        .setParameter(1, start)
        .setParameter(2, Timestamps.of(clock.instant()))
        .executeUpdate();
  }

  /** The month's kept figures counted anew from its requests. */
  private void recount(LocalDate start, LocalDate end) {
    em.createNativeQuery("delete from pool_kept_figures where month_start = ?1")
        .setParameter(1, start)
        .executeUpdate();
    keepFigures(start, end);
  }

  /** A change of the month of {@code day} that the portal's own writes did not mark (bulk SQL). */
  @Transactional
  public void changed(LocalDate day) {
    em.createNativeQuery(MARK_CHANGED)
        .setParameter(1, YearMonth.from(day).atDay(1))
        .executeUpdate();
  }

  /** The month of the earliest request still kept, if there is one. */
  @Transactional
  public YearMonth firstMonthWithRequests() {
    Object first =
        em.createNativeQuery("select min(starts_at) from interpreter_request").getSingleResult();
    if (first == null) {
      return null;
    }
    return first instanceof java.sql.Timestamp t
        ? YearMonth.from(t.toLocalDateTime())
        : YearMonth.from((java.time.LocalDateTime) first);
  }

  /**
   * Keeps the figures of {@code month}, seals it and deletes its requests with everything that
   * hangs on them (history, offers, assignments and their slots); statement lines stay, they keep
   * what they need. Client preferences whose client has no request left go too. Returns how many
   * requests were deleted.
   */
  @Transactional
  public int sealAndDelete(YearMonth month) {
    LocalDate start = month.atDay(1);
    LocalDate end = month.plusMonths(1).atDay(1);
    boolean sealed =
        ((Number)
                    em.createNativeQuery(
                            "select count(*) from pool_sealed_month where month_start = ?1")
                        .setParameter(1, start)
                        .getSingleResult())
                .longValue()
            > 0;
    if (!sealed) {
      // the month's row first (as in keep), then its figures counted once more
      if (markFresh(start, true) == 0) {
        em.createNativeQuery(
                "insert into pool_month_kept (month_start, fresh, sealed, kept_at)"
                    + " values (?1, true, true, ?2)")
            .setParameter(1, start)
            .setParameter(2, Timestamps.of(clock.instant()))
            .executeUpdate();
      }
      recount(start, end);
      em.createNativeQuery("insert into pool_sealed_month (month_start, sealed_at) values (?1, ?2)")
          .setParameter(1, start)
          .setParameter(2, Timestamps.of(clock.instant()))
          .executeUpdate();
    }
    String ofMonth = "select id from interpreter_request where starts_at >= ?1 and starts_at < ?2";
    String assignmentsOfMonth = "select id from assignment where request_id in (" + ofMonth + ")";
    delete(
        "delete from assignment_slot where assignment_id in (" + assignmentsOfMonth + ")",
        start,
        end);
    delete("delete from offer where request_id in (" + ofMonth + ")", start, end);
    delete("delete from request_status_change where request_id in (" + ofMonth + ")", start, end);
    delete("delete from assignment where request_id in (" + ofMonth + ")", start, end);
    int requests =
        delete(
            "delete from interpreter_request where starts_at >= ?1 and starts_at < ?2", start, end);
    em.createNativeQuery(
            "delete from client_preference where not exists (select 1 from interpreter_request r"
                + " where r.department_id = client_preference.department_id"
                + " and r.client_key = client_preference.client_key)")
        .executeUpdate();
    // the deleted rows may sit in the entity cache
    em.getEntityManagerFactory().getCache().evictAll();
    return requests;
  }

  /**
   * Counts the month {@code start}..{@code end} by language, department and funding source together
   * (the counting's five queries once) and keeps the sums of each dimension of the reports: the
   * month's own (group 0) and those of each language, department and funding source, in one
   * statement.
   */
  private void keepFigures(LocalDate start, LocalDate end) {
    Map<String, PoolCounting.Sums> combined = new HashMap<>();
    String ids = "l.id, d.id, f.id";
    counting.live(combined, ids, ids, r -> r[0] + "/" + r[1] + "/" + r[2], 3, start, end);
    Map<String, PoolCounting.Sums> kept = new LinkedHashMap<>();
    for (Map.Entry<String, PoolCounting.Sums> e : combined.entrySet()) {
      String[] key = e.getKey().split("/");
      add(kept, PoolReports.Dimension.MONTH + "/0", e.getValue());
      add(kept, PoolReports.Dimension.LANGUAGE + "/" + key[0], e.getValue());
      add(kept, PoolReports.Dimension.DEPARTMENT + "/" + key[1], e.getValue());
      add(kept, PoolReports.Dimension.FUNDING + "/" + key[2], e.getValue());
    }
    if (kept.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into pool_kept_figures (month_start, dimension, group_id, requests, filled,"
                + " unfilled, held_minutes, lead_minutes, lead_count, cost) values ");
    List<Object> values = new ArrayList<>();
    for (Map.Entry<String, PoolCounting.Sums> e : kept.entrySet()) {
      String[] key = e.getKey().split("/");
      PoolCounting.Sums s = e.getValue();
      sql.append(values.isEmpty() ? "(" : ", (");
      for (int i = 1; i <= 10; i++) {
        sql.append(i == 1 ? "" : ", ").append('?').append(values.size() + i);
      }
      sql.append(')');
      values.addAll(
          List.of(
              start,
              key[0],
              Long.valueOf(key[1]),
              (int) s.requests,
              (int) s.filled,
              (int) s.unfilled,
              s.heldMinutes,
              s.leadMinutes,
              (int) s.leadCount,
              s.cost == null ? BigDecimal.ZERO : s.cost));
    }
    jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    insert.executeUpdate();
  }

  private static void add(
      Map<String, PoolCounting.Sums> groups, String key, PoolCounting.Sums more) {
    PoolCounting.Sums sums = groups.computeIfAbsent(key, k -> new PoolCounting.Sums());
    sums.requests += more.requests;
    sums.filled += more.filled;
    sums.unfilled += more.unfilled;
    sums.heldMinutes += more.heldMinutes;
    sums.leadMinutes += more.leadMinutes;
    sums.leadCount += more.leadCount;
    sums.cost = sums.cost.add(more.cost == null ? BigDecimal.ZERO : more.cost);
  }

  private int delete(String sql, LocalDate start, LocalDate end) {
    return em.createNativeQuery(sql)
        .setParameter(1, start.atStartOfDay())
        .setParameter(2, end.atStartOfDay())
        .executeUpdate();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
