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
import java.util.HashMap;
import java.util.Map;

/**
 * The months whose requests the retention deleted. Before a month's requests go, their figures are
 * kept per language, department and funding source (what {@link PoolReports} counts), and the month
 * is sealed: from then on the reports read it from the kept figures only. Months are sealed oldest
 * first, so the sealed months are always the earliest ones.
 */
@ApplicationScoped
public class PoolArchive {

  @PersistenceContext EntityManager em;
  @Inject PoolCounting counting;
  @Inject Clock clock;

  /** The first day after the last sealed month; null while no month is sealed. */
  @Transactional
  public LocalDate sealedUntil() {
    Object last =
        em.createNativeQuery("select max(month_start) from pool_sealed_month").getSingleResult();
    return last == null ? null : YearMonth.from(localDate(last)).plusMonths(1).atDay(1);
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
      keepFigures(start, end);
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

  private void keepFigures(LocalDate start, LocalDate end) {
    Map<String, PoolCounting.Sums> groups = new HashMap<>();
    String ids = "l.id, d.id, f.id";
    counting.live(groups, ids, ids, r -> r[0] + "/" + r[1] + "/" + r[2], 3, start, end);
    for (Map.Entry<String, PoolCounting.Sums> e : groups.entrySet()) {
      String[] key = e.getKey().split("/");
      PoolCounting.Sums s = e.getValue();
      em.createNativeQuery(
              "insert into pool_month_figures (month_start, language_id, department_id,"
                  + " funding_source_id, requests, filled, unfilled, held_minutes, lead_minutes,"
                  + " lead_count, cost) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
          .setParameter(1, start)
          .setParameter(2, Long.valueOf(key[0]))
          .setParameter(3, Long.valueOf(key[1]))
          .setParameter(4, Long.valueOf(key[2]))
          .setParameter(5, (int) s.requests)
          .setParameter(6, (int) s.filled)
          .setParameter(7, (int) s.unfilled)
          .setParameter(8, s.heldMinutes)
          .setParameter(9, s.leadMinutes)
          .setParameter(10, (int) s.leadCount)
          .setParameter(11, s.cost == null ? BigDecimal.ZERO : s.cost)
          .executeUpdate();
    }
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
