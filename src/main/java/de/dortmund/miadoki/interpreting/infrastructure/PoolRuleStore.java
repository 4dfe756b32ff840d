package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.PoolRuleSet;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the pool's rules in force: the newest version the coordinators saved, or the standard. */
@ApplicationScoped
public class PoolRuleStore {

  @PersistenceContext EntityManager em;

  public PoolRules current() {
    return newest().map(PoolRuleSet::toRules).orElseGet(PoolRules::standard);
  }

  public Optional<PoolRuleSet> newest() {
    return em.createNamedQuery(PoolRuleSet.NEWEST_FIRST, PoolRuleSet.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
