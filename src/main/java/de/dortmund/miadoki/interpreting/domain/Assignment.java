package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * An interpreter booked for a request. While active it occupies the interpreter's time: on
 * PostgreSQL an exclusion constraint refuses a second active assignment of the same interpreter
 * whose time overlaps, whatever the application does.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = Assignment.ACTIVE_OF_REQUEST,
    query = "select a from Assignment a where a.request.id = :request and a.active = true")
@NamedQuery(
    name = Assignment.UPCOMING_OF_USER,
    query =
        "select a from Assignment a where a.interpreter.username = :username and a.active = true"
            + " and a.startsAt >= :from order by a.startsAt")
public class Assignment extends BaseEntity {

  public static final String ACTIVE_OF_REQUEST = "Assignment.activeOfRequest";
  public static final String UPCOMING_OF_USER = "Assignment.upcomingOfUser";

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private InterpreterRequest request;

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "ended_reason")
  private String endedReason;

  protected Assignment() {}

  public Assignment(InterpreterRequest request, Interpreter interpreter, String by, Instant now) {
    this.request = request;
    this.interpreter = interpreter;
    this.startsAt = request.getStartsAt();
    this.endsAt = request.getEndsAt();
    this.createdBy = by;
    this.createdAt = Timestamps.of(now);
  }

  /** Frees the interpreter's time (drop-out, cancellation); the record stays for the history. */
  public void release(String reason) {
    active = false;
    endedReason = reason;
  }

  public Booking toBooking() {
    return new Booking(
        request.getId(), new TimeSlot(startsAt, endsAt), request.getMode(), request.getDistrict());
  }

  public InterpreterRequest getRequest() {
    return request;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public boolean isActive() {
    return active;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  public String getEndedReason() {
    return endedReason;
  }
}
