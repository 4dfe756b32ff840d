package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The years whose registrations the retention deleted. Before they go, the year's statistics are
 * kept (people trained and partly trained per department and per course, and in the whole
 * administration) and the year is sealed: from then on {@link TrainingStatistics} reads it from the
 * kept figures. Years are sealed oldest first.
 */
@ApplicationScoped
public class TrainingArchive {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public boolean isSealed(int year) {
    return number(
            em.createNativeQuery("select count(*) from training_sealed_year where census_year = ?1")
                .setParameter(1, year)
                .getSingleResult())
        > 0;
  }

  /** People trained in each sealed year from {@code from} to {@code to}. */
  @Transactional
  public Map<Integer, Long> sealedTotals(int from, int to) {
    Map<Integer, Long> result = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select census_year, trained from training_sealed_year"
                    + " where census_year between ?1 and ?2")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.put((int) number(r[0]), number(r[1]));
    }
    return result;
  }

  /** The year after the last sealed one, or the year of the first held session; null if none. */
  @Transactional
  public Integer firstOpenYear() {
    Object sealed =
        em.createNativeQuery("select max(census_year) from training_sealed_year").getSingleResult();
    if (sealed != null) {
      return (int) number(sealed) + 1;
    }
    Object first =
        em.createNativeQuery(
                "select min(s.ends_at) from training_session s"
                    + " where exists (select 1 from training_registration r where r.session_id = s.id)")
            .getSingleResult();
    if (first == null) {
      return null;
    }
    return first instanceof java.sql.Timestamp t
        ? t.toLocalDateTime().getYear()
        : ((LocalDateTime) first).getYear();
  }

  /**
   * Keeps the statistics of {@code year}, seals it, and deletes the registrations of its sessions
   * with their attendance and the note that feedback was given; a registration with a certificate
   * stays for the certificate (only its reasons go). Returns how many registrations were deleted or
   * cleared.
   */
  @Transactional
  public int sealAndDelete(int year) {
    if (!isSealed(year)) {
      keepFigures(year);
    }
    String ofYear =
        "select r.id from training_registration r join training_session s on s.id = r.session_id"
            + " where s.ends_at >= ?1 and s.ends_at < ?2";
    String withoutCertificate =
        ofYear
            + " and not exists (select 1 from training_certificate c"
            + " where c.registration_id = r.id)";
    update(
        "delete from training_attendance where registration_id in (" + withoutCertificate + ")",
        year);
    update("delete from training_feedback_given where registration_id in (" + ofYear + ")", year);
    int cleared =
        update(
            "update training_registration set reason = null, decision_reason = null"
                + " where id in ("
                + ofYear
                + ") and (reason is not null or decision_reason is not null)"
                + " and exists (select 1 from training_certificate c"
                + " where c.registration_id = training_registration.id)",
            year);
    int deleted =
        update("delete from training_registration where id in (" + withoutCertificate + ")", year);
    em.getEntityManagerFactory().getCache().evictAll();
    return cleared + deleted;
  }

  private void keepFigures(int year) {
    keep("training_year_department", "department_id", " where department_id is not null", year);
    keep("training_year_course", "course_id", "", year);
    long trained =
        number(
            window(
                    TrainingStatistics.ATTENDED
                        + " select count(distinct case when present = parts then username end)"
                        + " from attended",
                    year)
                .getSingleResult());
    em.createNativeQuery(
            "insert into training_sealed_year (census_year, trained, sealed_at) values (?1, ?2, ?3)")
        .setParameter(1, year)
        .setParameter(2, (int) trained)
        .setParameter(3, Timestamps.of(clock.instant()))
        .executeUpdate();
  }

  /** The year's people trained and partly trained per {@code key}, into {@code table}. */
  private void keep(String table, String key, String condition, int year) {
    for (Object row :
        window(
                TrainingStatistics.ATTENDED
                    + " select "
                    + key
                    + ","
                    + TrainingStatistics.COUNTS
                    + " from attended"
                    + condition
                    + " group by "
                    + key,
                year)
            .getResultList()) {
      Object[] r = (Object[]) row;
      em.createNativeQuery(
              "insert into "
                  + table
                  + " (census_year, "
                  + key
                  + ", trained, partial) values (?1, ?2, ?3, ?4)")
          .setParameter(1, year)
          .setParameter(2, number(r[0]))
          .setParameter(3, (int) number(r[1]))
          .setParameter(4, (int) number(r[2]))
          .executeUpdate();
    }
  }

  private jakarta.persistence.Query window(String sql, int year) {
    return em.createNativeQuery(sql)
        .setParameter(1, LocalDateTime.of(year, 1, 1, 0, 0))
        .setParameter(2, LocalDateTime.of(year + 1, 1, 1, 0, 0))
        .setParameter(3, LocalDateTime.now(clock));
  }

  private int update(String sql, int year) {
    return em.createNativeQuery(sql)
        .setParameter(1, LocalDateTime.of(year, 1, 1, 0, 0))
        .setParameter(2, LocalDateTime.of(year + 1, 1, 1, 0, 0))
        .executeUpdate();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
