package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One step in a request's history: from which status to which, who, when, and why. */
@Entity
@Table(name = "request_status_change")
public class StatusChange implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private InterpreterRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private RequestStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private RequestStatus to;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime at;

  @Column(name = "note", updatable = false)
  private String note;

  protected StatusChange() {}

  StatusChange(
      InterpreterRequest request,
      RequestStatus from,
      RequestStatus to,
      String actor,
      Instant at,
      String note) {
    this.request = request;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = Timestamps.of(at);
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public RequestStatus getFrom() {
    return from;
  }

  public RequestStatus getTo() {
    return to;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return Timestamps.instant(at);
  }

  public String getNote() {
    return note;
  }
}
