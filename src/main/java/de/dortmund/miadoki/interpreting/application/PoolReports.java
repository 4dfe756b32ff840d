package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pool's figures for a period, each summed by the database with GROUP BY: requests, filled
 * requests (assigned, done, settled, or a no-show of the client) and fill rate, hours, cost,
 * unfilled demand and lead time, by month, language, department or funding source. An interpreter's
 * no-show is not staffed: it counts neither as filled nor with its hours. Past months are read from
 * the figures kept for them ({@link PoolArchive}), so that a report over years costs about as much
 * as one over months; the current month and past months changed since are counted.
 */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class PoolReports {

  /** Group names in the order of the German alphabet, then by code point for a stable order. */
  private static final Comparator<String> COLLATOR =
      Comparator.comparing((String name) -> name, Collator.getInstance(Locale.GERMAN))
          .thenComparing(Comparator.naturalOrder());

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject PoolArchive archive;
  @Inject PoolCounting counting;

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
    List<PoolFigures> rows = new ArrayList<>();
    for (Map.Entry<String, PoolCounting.Sums> e : sorted(sums(from, to, by, lang, false), by)) {
      PoolCounting.Sums sums = e.getValue();
      if (sums.requests == 0) {
        continue;
      }
      rows.add(
          new PoolFigures(
              e.getKey(),
              sums.requests,
              sums.filled,
              BigDecimal.valueOf(sums.heldMinutes)
                  .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP),
              sums.cost,
              sums.leadCount == 0 ? null : sums.leadMinutes / (double) sums.leadCount / 60.0));
    }
    return rows;
  }

  /** Requests nobody took (UNFILLED), per language: what to recruit for. */
  @Transactional
  public Map<String, Long> unfilledByLanguage(
      @NotNull YearMonth from, @NotNull YearMonth to, String lang) {
    Map<String, Long> result = new LinkedHashMap<>();
    // counted live: only the unfilled requests of the current month, not all five figures
    sums(from, to, Dimension.LANGUAGE, lang, true).entrySet().stream()
        .filter(e -> e.getValue().unfilled > 0)
        .sorted(
            Comparator.<Map.Entry<String, PoolCounting.Sums>>comparingLong(
                    e -> -e.getValue().unfilled)
                .thenComparing(Map.Entry::getKey, COLLATOR))
        .forEach(e -> result.put(e.getKey(), e.getValue().unfilled));
    return result;
  }

  /**
   * The sums of each group: the months of the run of kept figures read from them (past months,
   * among them those whose requests were deleted), the months before and after it counted from the
   * requests (the current month, a past month changed since it was kept).
   */
  private Map<String, PoolCounting.Sums> sums(
      YearMonth from, YearMonth to, Dimension by, String lang, boolean unfilledOnly) {
    LocalDate start = from.atDay(1);
    LocalDate end = to.plusMonths(1).atDay(1);
    Map<String, PoolCounting.Sums> groups = new HashMap<>();
    PoolArchive.KeptRun kept = archive.keptRun();
    if (kept == null) {
      count(groups, by, lang, start, end, unfilledOnly);
      return groups;
    }
    LocalDate keptStart = later(start, kept.from());
    LocalDate keptEnd = earlier(end, kept.until());
    if (start.isBefore(keptStart)) {
      count(groups, by, lang, start, earlier(end, keptStart), unfilledOnly);
    }
    if (keptStart.isBefore(keptEnd)) {
      kept(groups, by, lang, keptStart, keptEnd);
    }
    LocalDate liveStart = later(start, kept.until());
    if (liveStart.isBefore(end)) {
      count(groups, by, lang, liveStart, end, unfilledOnly);
    }
    return groups;
  }

  /**
   * Adds the figures counted from the requests starting in {@code start}..{@code end}: all of them,
   * or only the unfilled requests.
   */
  private void count(
      Map<String, PoolCounting.Sums> groups,
      Dimension by,
      String lang,
      LocalDate start,
      LocalDate end,
      boolean unfilledOnly) {
    String requestGroup = groupExpression(by, lang, "r.startsAt");
    int keys = by == Dimension.MONTH ? 2 : 1;
    if (unfilledOnly) {
      counting.liveUnfilled(groups, requestGroup, row -> label(row, keys), keys, start, end);
      return;
    }
    String lineGroup = groupExpression(by, lang, "x.appointment");
    counting.live(groups, requestGroup, lineGroup, row -> label(row, keys), keys, start, end);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Adds the kept figures of the months in {@code start}..{@code end} to {@code groups}. */
  private void kept(
      Map<String, PoolCounting.Sums> groups,
      Dimension by,
      String lang,
      LocalDate start,
      LocalDate end) {
    boolean german = "de".equals(lang);
    String group =
        switch (by) {
          case MONTH -> "k.month_start";
          case LANGUAGE, FUNDING -> german ? "g.name_de" : "g.name_en";
          case DEPARTMENT -> "g.name";
        };
    String names =
        switch (by) {
          case MONTH -> "";
          case LANGUAGE -> " join language g on g.id = k.group_id";
          case DEPARTMENT -> " join department g on g.id = k.group_id";
          case FUNDING -> " join funding_source g on g.id = k.group_id";
        };
    for (Object row :
        em.createNativeQuery(
                "select "
                    + group
                    + ", sum(k.requests), sum(k.filled), sum(k.unfilled), sum(k.held_minutes),"
                    + " sum(k.lead_minutes), sum(k.lead_count), sum(k.cost)"
                    + " from pool_kept_figures k"
                    + names
                    + " where k.dimension = ?3 and k.month_start >= ?1 and k.month_start < ?2"
                    + " group by "
                    + group)
            .setParameter(1, start)
            .setParameter(2, end)
            .setParameter(3, by.name())
            .getResultList()) {
      Object[] r = (Object[]) row;
      String label =
          by == Dimension.MONTH ? YearMonth.from(localDate(r[0])).toString() : String.valueOf(r[0]);
      PoolCounting.Sums sums = groups.computeIfAbsent(label, k -> new PoolCounting.Sums());
      sums.requests += number(r[1]);
      sums.filled += number(r[2]);
      sums.unfilled += number(r[3]);
      sums.heldMinutes += number(r[4]);
      sums.leadMinutes += number(r[5]);
      sums.leadCount += number(r[6]);
      BigDecimal cost = r[7] == null ? BigDecimal.ZERO : new BigDecimal(String.valueOf(r[7]));
      if (cost.signum() != 0) {
        // as the lines' sum: two decimals, and no amount at all where nothing was paid
        sums.cost = sums.cost.add(cost.setScale(2, RoundingMode.UNNECESSARY));
      }
    }
  }

  /** The same figures for a file; the export is audited. */
  @Transactional
  public List<PoolFigures> export(YearMonth from, YearMonth to, Dimension by, String lang) {
    audit.record(AuditAction.EXPORT, "PoolReport", by + " " + from + ".." + to, null);
    return figures(from, to, by, lang);
  }

  private static String groupExpression(Dimension by, String lang, String time) {
    boolean german = "de".equals(lang);
    return switch (by) {
      case MONTH -> "extract(year from " + time + "), extract(month from " + time + ")";
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

  /** Months in order, names in the order of the German alphabet. */
  private static List<Map.Entry<String, PoolCounting.Sums>> sorted(
      Map<String, PoolCounting.Sums> groups, Dimension by) {
    return groups.entrySet().stream()
        .sorted(
            by == Dimension.MONTH
                ? Map.Entry.comparingByKey()
                : Map.Entry.<String, PoolCounting.Sums>comparingByKey(COLLATOR))
        .toList();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
