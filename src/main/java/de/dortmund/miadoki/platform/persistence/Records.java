package de.dortmund.miadoki.platform.persistence;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * How a use case gets hold of its record: found (else {@link RecordNotFoundException}), allowed by
 * the use case's rule for this very record (own department, own assignment ...; else the refusal is
 * audited and {@link AccessDeniedException} thrown), for a change still in the version the screen
 * showed (else {@link ConcurrentChangeException}), and the read or change written to the audit log.
 * The role a use case needs is checked before, by {@code @RequiresRole}.
 */
@ApplicationScoped
public class Records {

  /** Whether the caller may open or change this record. */
  @FunctionalInterface
  public interface Rule<T> {
    boolean allows(T record);
  }

  /** Every caller who has the use case's role. */
  public static <T> Rule<T> anyone() {
    return record -> true;
  }

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;

  /** The record to show; the read is audited. */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T read(Class<T> type, Object id, Rule<? super T> rule) {
    T record = allowed(type, id, rule, LockModeType.NONE);
    audit.record(AuditAction.READ, record);
    return record;
  }

  /**
   * The record for a further read of the same screen or use case, whose first read is audited
   * already; checked, not audited again.
   */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T reread(Class<T> type, Object id, Rule<? super T> rule) {
    return allowed(type, id, rule, LockModeType.NONE);
  }

  /** A record the use case only refers to (master data, a chosen interpreter): found or not. */
  @Transactional(TxType.MANDATORY)
  public <T> T find(Class<T> type, Object id) {
    T record = id == null ? null : em.find(type, id);
    if (record == null) {
      throw new RecordNotFoundException(type, id);
    }
    return record;
  }

  /**
   * The record to change, as the screen showed it in {@code seenVersion}: someone else's change
   * since then ends in "changed by someone else", never in a silent overwrite.
   */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T change(
      Class<T> type, Object id, long seenVersion, Rule<? super T> rule) {
    return seen(allowed(type, id, rule, LockModeType.NONE), seenVersion);
  }

  /**
   * As {@link #change}, with the record's row locked until the end of the transaction: for changes
   * that must run one after the other (bookings, answers to offers).
   */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T lock(
      Class<T> type, Object id, long seenVersion, Rule<? super T> rule) {
    return seen(allowed(type, id, rule, LockModeType.PESSIMISTIC_WRITE), seenVersion);
  }

  /** The record's row locked, without a version to compare (work of the system, not a screen). */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T lock(Class<T> type, Object id) {
    T record = id == null ? null : em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (record == null) {
      throw new RecordNotFoundException(type, id);
    }
    return record;
  }

  /** The record, if it is still in the version the screen showed; else someone changed it. */
  private static <T extends BaseEntity> T seen(T record, long seenVersion) {
    if (record.getVersion() != seenVersion) {
      throw new ConcurrentChangeException(record.getClass(), record.getId());
    }
    return record;
  }

  /** Stores a new record and audits its creation. */
  @Transactional(TxType.MANDATORY)
  public <T extends BaseEntity> T create(T record) {
    em.persist(record);
    em.flush();
    audit.record(AuditAction.CREATE, record);
    return record;
  }

  /** Audits a change the use case made to the record. */
  @Transactional(TxType.MANDATORY)
  public void changed(BaseEntity record) {
    audit.record(AuditAction.UPDATE, record);
  }

  private <T extends BaseEntity> T allowed(
      Class<T> type, Object id, Rule<? super T> rule, LockModeType lock) {
    T record = id == null ? null : em.find(type, id, lock);
    if (record == null) {
      throw new RecordNotFoundException(type, id);
    }
    if (!rule.allows(record)) {
      audit.recordDenied(type.getSimpleName(), id);
      throw new AccessDeniedException(
          currentUser.username() + " may not use " + type.getSimpleName() + " " + id);
    }
    return record;
  }
}
