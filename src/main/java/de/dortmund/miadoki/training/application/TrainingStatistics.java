package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The intercultural opening in figures, counted by the database: per department and year the people
 * trained (present at every part of a held session) and those who attended only partly, counted in
 * the department they belonged to when they registered, their share of the department's headcount,
 * the same by course, and the progress over the years. Years whose registrations the retention
 * deleted are read from the figures kept for them ({@link TrainingArchive}).
 */
@ApplicationScoped
@RequiresRole(TRAINING_MANAGER)
public class TrainingStatistics {

  /** A department's year: people trained, partly trained, headcount, share in per cent. */
  public record DepartmentYear(
      Long departmentId,
      String department,
      long trained,
      long partial,
      Integer headcount,
      BigDecimal share)
      implements Serializable {}

  /** A course's year. */
  public record CourseYear(String course, long trained, long partial) implements Serializable {}

  /** The whole administration in one year. */
  public record Progress(int year, long trained, long headcount, BigDecimal share)
      implements Serializable {}

  /**
   * Each confirmed registration of a held session of the period, with the number of parts of its
   * session and of the parts it attended.
   */
  static final String ATTENDED =
      "with attended as ("
          + " select r.username, r.department_id, s.course_id, extract(year from s.ends_at) as y,"
          + " (select count(*) from training_session_part p where p.session_id = s.id) as parts,"
          + " (select count(*) from training_attendance a where a.registration_id = r.id"
          + " and a.present = true) as present"
          + " from training_registration r join training_session s on s.id = r.session_id"
          + " where r.status = 'CONFIRMED' and s.status <> 'CANCELLED'"
          + " and s.ends_at >= ?1 and s.ends_at < ?2 and s.ends_at <= ?3)";

  static final String COUNTS =
      " count(distinct case when present = parts then username end),"
          + " count(distinct case when present > 0 and present < parts then username end)";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject TrainingArchive archive;

  @Transactional
  public List<DepartmentYear> byDepartment(@Min(2000) @Max(2100) int year) {
    // the counts straight from the common table (H2 loses it inside a joined derived table)
    Map<Long, long[]> counts = new HashMap<>();
    for (Object row :
        archive.isSealed(year)
            ? em.createNativeQuery(
                    "select department_id, trained, partial from training_year_department"
                        + " where census_year = ?1")
                .setParameter(1, year)
                .getResultList()
            : window(
                    em.createNativeQuery(
                        ATTENDED
                            + " select department_id,"
                            + COUNTS
                            + " from attended"
                            + " where department_id is not null group by department_id"),
                    year,
                    year + 1)
                .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(number(r[0]), new long[] {number(r[1]), number(r[2])});
    }
    List<?> departments =
        em.createNativeQuery(
                "select d.id, d.name, d.active, h.headcount from department d"
                    + " left join department_headcount h on h.department_id = d.id"
                    + " and h.census_year = ?1 order by d.name")
            .setParameter(1, year)
            .getResultList();
    List<DepartmentYear> result = new ArrayList<>();
    for (Object row : departments) {
      Object[] d = (Object[]) row;
      long id = number(d[0]);
      long[] figures = counts.getOrDefault(id, new long[2]);
      boolean active = Boolean.TRUE.equals(d[2]);
      if (!active && figures[0] == 0 && figures[1] == 0) {
        continue;
      }
      Integer headcount = d[3] == null ? null : (int) number(d[3]);
      result.add(
          new DepartmentYear(
              id, (String) d[1], figures[0], figures[1], headcount, share(figures[0], headcount)));
    }
    return result;
  }

  @Transactional
  public List<CourseYear> byCourse(@Min(2000) @Max(2100) int year) {
    List<?> rows =
        archive.isSealed(year)
            ? em.createNativeQuery(
                    "select c.title, sum(y.trained), sum(y.partial) from training_year_course y"
                        + " join training_course c on c.id = y.course_id where y.census_year = ?1"
                        + " group by c.title order by c.title")
                .setParameter(1, year)
                .getResultList()
            : window(
                    em.createNativeQuery(
                        ATTENDED
                            + " select c.title,"
                            + COUNTS
                            + " from attended a join training_course c on c.id = a.course_id"
                            + " group by c.title order by c.title"),
                    year,
                    year + 1)
                .getResultList();
    List<CourseYear> result = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result.add(new CourseYear((String) r[0], number(r[1]), number(r[2])));
    }
    return result;
  }

  /** Every year from {@code from} to {@code to}: people trained and the headcount of that year. */
  @Transactional
  public List<Progress> progress(@Min(2000) @Max(2100) int from, @Min(2000) @Max(2100) int to) {
    List<?> rows =
        window(
                em.createNativeQuery(
                    ATTENDED
                        + " select cast(y as integer),"
                        + " count(distinct case when present = parts then username end)"
                        + " from attended group by y"),
                from,
                to + 1)
            .getResultList();
    List<?> heads =
        em.createNativeQuery(
                "select census_year, sum(headcount) from department_headcount"
                    + " where census_year between ?1 and ?2 group by census_year")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    Map<Integer, Long> sealed = archive.sealedTotals(from, to);
    List<Progress> result = new ArrayList<>();
    for (int year = from; year <= to; year++) {
      long trained = sealed.getOrDefault(year, 0L);
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        if (number(r[0]) == year && !sealed.containsKey(year)) {
          trained = number(r[1]);
        }
      }
      long headcount = 0;
      for (Object row : heads) {
        Object[] h = (Object[]) row;
        if (number(h[0]) == year) {
          headcount = number(h[1]);
        }
      }
      result.add(
          new Progress(
              year, trained, headcount, share(trained, headcount == 0 ? null : (int) headcount)));
    }
    return result;
  }

  /** Sets a department's headcount of a year (from the personnel office's figures). */
  @Transactional
  public void setHeadcount(
      @NotNull Long departmentId,
      @Min(2000) @Max(2100) int year,
      @Min(0) @Max(100000) int headcount) {
    em.createNativeQuery(
            "delete from department_headcount where department_id = ?1 and census_year = ?2")
        .setParameter(1, departmentId)
        .setParameter(2, year)
        .executeUpdate();
    em.createNativeQuery(
            "insert into department_headcount (department_id, census_year, headcount)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, departmentId)
        .setParameter(2, year)
        .setParameter(3, headcount)
        .executeUpdate();
    audit.record(AuditAction.UPDATE, "DepartmentHeadcount", departmentId + "/" + year, null);
  }

  private jakarta.persistence.Query window(
      jakarta.persistence.Query query, int fromYear, int toYear) {
    return query
        .setParameter(1, LocalDateTime.of(fromYear, 1, 1, 0, 0))
        .setParameter(2, LocalDateTime.of(toYear, 1, 1, 0, 0))
        .setParameter(3, LocalDateTime.now(clock));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal share(long trained, Integer headcount) {
    if (headcount == null || headcount == 0) {
      return null;
    }
    return BigDecimal.valueOf(trained * 100L)
        .divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP);
  }
}
