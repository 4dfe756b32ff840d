package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Retention periods per kind of record, which ADMIN sees and sets within each kind's range, and the
 * deletion of what is due: each module's {@link RetentionContribution} removes its records whose
 * period ended. The nightly run ({@link RetentionClock}) and ADMIN's "delete now" share one row per
 * day in {@code retention_run}, so that a day's deletion runs once however many servers there are.
 */
@ApplicationScoped
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Instance<RetentionContribution> contributions;
  @Inject Records records;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Every kind of record with the period in force, in the modules' order. */
  @Transactional
  @RequiresRole(Role.ADMIN)
  public List<RetentionSetting> settings() {
    Map<String, RetentionPeriod> set = stored();
    List<RetentionSetting> result = new ArrayList<>();
    for (RetentionRule rule : rules().keySet()) {
      RetentionPeriod p = set.get(rule.key());
      result.add(
          p == null
              ? new RetentionSetting(rule, rule.defaultMonths(), 0, null, null)
              : new RetentionSetting(
                  rule, p.getMonths(), p.getVersion(), p.getChangedBy(), p.getChangedAt()));
    }
    return result;
  }

  /**
   * Sets a kind's period, as the screen showed it in {@code seenVersion} (0: the default); outside
   * the kind's range the field says so and nothing changes.
   */
  @Transactional
  @RequiresRole(Role.ADMIN)
  public void change(@NotNull String key, int months, long seenVersion) {
    RetentionRule rule =
        rules().keySet().stream()
            .filter(r -> r.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No retention rule " + key));
    if (!rule.allows(months)) {
      throw new RuleViolationException(
          RuleViolation.of("months", "retention.outOfRange", rule.minMonths(), rule.maxMonths()));
    }
    RetentionPeriod period = stored().get(key);
    if (period == null) {
      if (seenVersion != 0) {
        throw new ConcurrentChangeException(RetentionPeriod.class, key);
      }
      period = new RetentionPeriod(key);
      period.set(months, currentUser.username(), Timestamps.of(clock.instant()));
      records.create(period);
    } else {
      period = records.change(RetentionPeriod.class, period.getId(), seenVersion, Records.anyone());
      period.set(months, currentUser.username(), Timestamps.of(clock.instant()));
      records.changed(period);
    }
  }

  /** The last days' deletions, newest first. */
  @Transactional
  @RequiresRole(Role.ADMIN)
  public List<RetentionRunRecord> recentRuns(int max) {
    List<RetentionRunRecord> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select run_day, started_at, finished_at, started_by, summary from retention_run"
                    + " order by run_day desc")
            .setMaxResults(max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.add(
          new RetentionRunRecord(
              localDate(r[0]), offset(r[1]), offset(r[2]), (String) r[3], (String) r[4]));
    }
    return result;
  }

  /**
   * ADMIN's "delete now": today's deletion, unless it ran today already (then false); the periods
   * in force apply, as at night.
   */
  @RequiresRole(Role.ADMIN)
  public boolean runNow() {
    return runOnce(LocalDate.now(clock), currentUser.username());
  }

  /**
   * The deletion of {@code day}, once: the first server (or person) to claim the day's row runs it,
   * everyone else gets false. Each kind is purged on its own, so one failing kind does not keep the
   * others.
   */
  public boolean runOnce(LocalDate day, String by) {
    try {
      if (!self().claim(day, by)) {
        return false;
      }
    } catch (RuntimeException e) {
      // another server claimed the day at the same moment
      LOG.fine("Retention of " + day + " claimed elsewhere: " + e);
      return false;
    }
    Map<String, Integer> removed = purgeAll(day);
    StringBuilder summary = new StringBuilder();
    removed.forEach(
        (key, count) ->
            summary.append(summary.length() == 0 ? "" : ", ").append(key + "=" + count));
    self().finish(day, summary.toString());
    return true;
  }

  /** Purges every kind with the periods in force on {@code day}; how many records each removed. */
  public Map<String, Integer> purgeAll(LocalDate day) {
    Map<String, Integer> periods = self().periodsInForce();
    Map<String, Integer> removed = new LinkedHashMap<>();
    rules()
        .forEach(
            (rule, module) -> {
              LocalDate cutoff = day.minusMonths(periods.get(rule.key()));
              int count;
              try {
                count = module.purge(rule.key(), cutoff);
              } catch (RuntimeException e) {
                LOG.warning("Retention of " + rule.key() + " failed: " + e);
                count = -1;
              }
              removed.put(rule.key(), count);
              if (count > 0) {
                self().audited(rule.key(), count);
              }
            });
    return removed;
  }

  @Transactional
  public Map<String, Integer> periodsInForce() {
    Map<String, RetentionPeriod> set = stored();
    Map<String, Integer> result = new HashMap<>();
    for (RetentionRule rule : rules().keySet()) {
      RetentionPeriod p = set.get(rule.key());
      result.put(rule.key(), p == null ? rule.defaultMonths() : p.getMonths());
    }
    return result;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(LocalDate day, String by) {
    int inserted =
        em.createNativeQuery(
                "insert into retention_run (run_day, started_at, started_by)"
                    + " select ?1, ?2, ?3 from (select 1 as one) x"
                    + " where not exists (select 1 from retention_run where run_day = ?1)")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, Timestamps.of(clock.instant()))
            .setParameter(3, by)
            .executeUpdate();
    return inserted == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(LocalDate day, String summary) {
    em.createNativeQuery(
            "update retention_run set finished_at = ?1, summary = ?2 where run_day = ?3")
        .setParameter(1, Timestamps.of(clock.instant()))
        .setParameter(2, summary.length() > 2000 ? summary.substring(0, 2000) : summary)
        .setParameter(3, Date.valueOf(day))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void audited(String key, int count) {
    audit.record(AuditAction.DELETE, "Retention", key, String.valueOf(count));
  }

  /** Every module's rules, each with the module that purges it. */
  private Map<RetentionRule, RetentionContribution> rules() {
    Map<RetentionRule, RetentionContribution> result = new LinkedHashMap<>();
    contributions.stream()
        .sorted(java.util.Comparator.comparingInt(RetentionContribution::order))
        .forEach(module -> module.rules().forEach(rule -> result.put(rule, module)));
    return result;
  }

  private Map<String, RetentionPeriod> stored() {
    Map<String, RetentionPeriod> result = new HashMap<>();
    em.createNamedQuery(RetentionPeriod.ALL, RetentionPeriod.class)
        .getResultList()
        .forEach(p -> result.put(p.getRecordType(), p));
    return result;
  }

  @Inject Retention self;

  private Retention self() {
    return self;
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static OffsetDateTime offset(Object value) {
    if (value == null || value instanceof OffsetDateTime) {
      return (OffsetDateTime) value;
    }
    if (value instanceof java.sql.Timestamp t) {
      return Timestamps.of(t.toInstant());
    }
    return Timestamps.of(java.time.Instant.parse(String.valueOf(value)));
  }
}
