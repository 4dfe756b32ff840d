package de.dortmund.miadoki.platform.audit;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One line of the append-only audit log: who did what to which record, and whose data it was. Never
 * the payload. Immutable, so it has no version and no setters.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", updatable = false)
  private String entityId;

  /** The person the data is about (a username or pseudonym), for searches by person. */
  @Column(name = "subject", updatable = false)
  private String subject;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String entityType,
      String entityId,
      String subject) {
    this.occurredAt = Timestamps.of(occurredAt);
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.subject = subject;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return Timestamps.instant(occurredAt);
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSubject() {
    return subject;
  }
}
