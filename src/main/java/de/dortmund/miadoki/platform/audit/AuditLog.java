package de.dortmund.miadoki.platform.audit;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and searches the audit log. Entries are written in the transaction of the change they
 * describe, so a change and its audit line commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {

  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject de.dortmund.miadoki.platform.persistence.SharedCache sharedCache;

  /** Records an action of the current caller (or of the system, outside a request). */
  @Transactional(TxType.MANDATORY)
  public void record(AuditAction action, String entityType, Object entityId, String subject) {
    recordAs(actor(), action, entityType, entityId, subject);
  }

  /**
   * Records an action of the current caller on a record: its type and id, and the person or matter
   * it concerns ({@link BaseEntity#auditSubject()}).
   */
  @Transactional(TxType.MANDATORY)
  public void record(AuditAction action, BaseEntity record) {
    recordAs(actor(), action, record);
  }

  /** As {@link #record(AuditAction, BaseEntity)}, by a named actor (e.g. an e-mail link). */
  @Transactional(TxType.MANDATORY)
  public void recordAs(String actor, AuditAction action, BaseEntity record) {
    if (action != AuditAction.READ
        && de.dortmund.miadoki.platform.persistence.SharedCache.holds(record.getClass())) {
      // every change of master data is audited: here the other servers learn of it, too
      sharedCache.changed();
    }
    recordAs(
        actor, action, record.getClass().getSimpleName(), record.getId(), record.auditSubject());
  }

  /** Records an action of a named actor, e.g. a login attempt before anyone is authenticated. */
  @Transactional(TxType.MANDATORY)
  public void recordAs(
      String actor, AuditAction action, String entityType, Object entityId, String subject) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            truncate(actor, 80),
            action,
            entityType,
            entityId == null ? null : truncate(String.valueOf(entityId), 60),
            subject == null ? null : truncate(subject, 80)));
  }

  /** Logs a refused access in its own transaction: the refused work itself rolls back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordDenied(String entityType, Object entityId) {
    recordAs(actor(), AuditAction.ACCESS_DENIED, entityType, entityId, null);
  }

  @RequiresRole(Role.ADMIN)
  @Transactional
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    return CriteriaPages.page(
        em,
        AuditEntry.class,
        (cb, query, root) -> filter(cb, root, search),
        (cb, root) -> List.of(cb.desc(root.get("occurredAt"))),
        page);
  }

  private List<Predicate> filter(CriteriaBuilder cb, Root<AuditEntry> root, AuditSearch search) {
    List<Predicate> where = new ArrayList<>();
    if (hasText(search.person())) {
      String person = search.person().strip().toLowerCase(Locale.ROOT);
      where.add(
          cb.or(
              cb.equal(cb.lower(root.get("actor")), person),
              cb.equal(cb.lower(root.get("subject")), person)));
    }
    if (hasText(search.entityType())) {
      where.add(cb.equal(root.get("entityType"), search.entityType().strip()));
    }
    if (hasText(search.entityId())) {
      where.add(cb.equal(root.get("entityId"), search.entityId().strip()));
    }
    if (search.from() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              root.get("occurredAt"),
              Timestamps.of(search.from().atStartOfDay(ClockProducer.ZONE).toInstant())));
    }
    if (search.to() != null) {
      where.add(
          cb.lessThan(
              root.get("occurredAt"),
              Timestamps.of(search.to().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())));
    }
    return where;
  }

  private String actor() {
    try {
      return currentUser.username();
    } catch (ContextNotActiveException e) {
      return SYSTEM;
    }
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
