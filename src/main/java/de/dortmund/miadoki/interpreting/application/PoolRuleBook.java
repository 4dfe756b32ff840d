package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.PoolRuleSet;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import de.dortmund.miadoki.interpreting.infrastructure.PoolRuleStore;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.DatabaseRefusals;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/**
 * The coordinators keep the pool's rules ({@link PoolRules}): each save is a new version, the
 * versions are the history. A save based on a version that someone else replaced meanwhile is
 * refused ("changed by someone else"), by the database's unique key on the replaced version.
 */
@ApplicationScoped
public class PoolRuleBook {

  @PersistenceContext EntityManager em;
  @Inject PoolRuleStore store;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * The rules in force, and the version they come from (null: the standard rules); anyone may read
   * them (they decide what the pages say, e.g. the allowance warning an interpreter sees).
   */
  public record InForce(PoolRules rules, Long version) {}

  @Transactional
  public InForce inForce() {
    return store
        .newest()
        .map(s -> new InForce(s.toRules(), s.getId()))
        .orElseGet(() -> new InForce(PoolRules.standard(), null));
  }

  /** Every saved version, newest first. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public List<PoolRuleSet> history() {
    return em.createNamedQuery(PoolRuleSet.NEWEST_FIRST, PoolRuleSet.class).getResultList();
  }

  /**
   * Saves {@code rules} as the new version replacing {@code basedOn} (the version the coordinator
   * saw; null for the standard rules), with the reason.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public PoolRuleSet save(@NotNull PoolRules rules, Long basedOn, @Size(max = 500) String note) {
    List<RuleViolation> violations = rules.payout().violations();
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Long newest = store.newest().map(PoolRuleSet::getId).orElse(null);
    if (!java.util.Objects.equals(newest, basedOn)) {
      throw new ConcurrentChangeException(PoolRuleSet.class, basedOn);
    }
    PoolRuleSet saved =
        new PoolRuleSet(
            rules, basedOn == null ? 0 : basedOn, currentUser.username(), clock.instant(), note);
    try {
      em.persist(saved);
      em.flush();
    } catch (PersistenceException e) {
      if (DatabaseRefusals.isUniqueViolation(e)) {
        throw new ConcurrentChangeException(PoolRuleSet.class, basedOn);
      }
      throw e;
    }
    audit.record(AuditAction.CREATE, saved);
    return saved;
  }
}
