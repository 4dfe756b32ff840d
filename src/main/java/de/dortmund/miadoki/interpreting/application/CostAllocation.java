package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.CostShare;
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
import java.time.YearMonth;
import java.util.List;

/**
 * What the pool cost each department (cost centre) and funding source: the amounts of issued
 * statements in the chosen months, summed by the database from the lines alone (they keep their
 * cost centre when the request's retention has deleted the request).
 */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class CostAllocation {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  @Transactional
  public List<CostShare> between(@NotNull YearMonth from, @NotNull YearMonth to) {
    List<Object[]> rows =
        em.createQuery(
                "select d.name, d.costCentre, f.nameDe, f.nameEn, count(distinct l.assignmentId),"
                    + " sum(l.amount)"
                    + " from PayStatementLine l join l.department d join l.fundingSource f"
                    + " where l.statement.month >= :from and l.statement.month <= :to"
                    + " group by d.name, d.costCentre, f.nameDe, f.nameEn"
                    + " order by d.name, f.nameDe",
                Object[].class)
            .setParameter("from", from.atDay(1))
            .setParameter("to", to.atDay(1))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CostShare(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue(),
                    (BigDecimal) r[5]))
        .toList();
  }

  /** The same rows for a file; the export is audited. */
  @Transactional
  public List<CostShare> export(@NotNull YearMonth from, @NotNull YearMonth to) {
    audit.record(AuditAction.EXPORT, "CostAllocation", from + ".." + to, null);
    return between(from, to);
  }
}
