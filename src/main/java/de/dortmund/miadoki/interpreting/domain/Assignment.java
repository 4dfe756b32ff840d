package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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
@NamedQuery(
    name = Assignment.TO_REPORT_OF_USER,
    query =
        "select a from Assignment a where a.interpreter.username = :username and a.active = true"
            + " and a.closeState in :states and a.outcome is null and a.startsAt <= :now"
            + " order by a.startsAt")
@NamedQuery(
    name = Assignment.PAYABLE_UNTIL,
    query =
        "select a from Assignment a where a.payPending = true and a.startsAt < :end"
            + " order by a.interpreter.id, a.startsAt")
public class Assignment extends BaseEntity {

  public static final String PAYABLE_UNTIL = "Assignment.payableUntil";

  public static final String TO_REPORT_OF_USER = "Assignment.toReportOfUser";

  public static final String ACTIVE_OF_REQUEST = "Assignment.activeOfRequest";
  public static final String UPCOMING_OF_USER = "Assignment.upcomingOfUser";

  /**
   * No booking is longer than this (requests last at most eight hours): a search for bookings that
   * overlap a period reads only those starting this long before it, never the whole history.
   */
  public static final Duration LONGEST = Duration.ofDays(1);

  // a list of assignments loads their requests and interpreters in one query each
  @ManyToOne(optional = false)
  @BatchFetch(BatchFetchType.IN)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private InterpreterRequest request;

  @ManyToOne(optional = false)
  @BatchFetch(BatchFetchType.IN)
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

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_state", nullable = false)
  private CloseOutState closeState = CloseOutState.OPEN;

  @Column(name = "actual_start")
  private LocalDateTime actualStart;

  @Column(name = "actual_end")
  private LocalDateTime actualEnd;

  @Column(name = "travel_km")
  private Integer travelKm;

  @Column(name = "reported_by")
  private String reportedBy;

  @Column(name = "reported_at")
  private OffsetDateTime reportedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "dispute_reason")
  private String disputeReason;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  /** What was paid for it on issued statements so far; null while never paid. */
  @Column(name = "paid")
  private BigDecimal paid;

  /** Confirmed or corrected since the last statement: the next statement must look at it. */
  @Column(name = "pay_pending", nullable = false)
  private boolean payPending;

  /** Booked length, held length (once reported) and lead time: summed by the pool's reports. */
  @Column(name = "booked_minutes", nullable = false)
  private int bookedMinutes;

  @Column(name = "actual_minutes")
  private Integer actualMinutes;

  @Column(name = "lead_minutes", nullable = false)
  private int leadMinutes;

  @Column(name = "reminded", nullable = false)
  private boolean reminded;

  @Column(name = "overdue_notices", nullable = false)
  private int overdueNotices;

  protected Assignment() {}

  public Assignment(InterpreterRequest request, Interpreter interpreter, String by, Instant now) {
    this.request = request;
    this.interpreter = interpreter;
    this.startsAt = request.getStartsAt();
    this.endsAt = request.getEndsAt();
    this.createdBy = by;
    this.createdAt = Timestamps.of(now);
    this.bookedMinutes = (int) Duration.between(startsAt, endsAt).toMinutes();
    this.leadMinutes = (int) Math.max(0, Duration.between(request.getCreatedAt(), now).toMinutes());
  }

  /** Frees the interpreter's time (drop-out, cancellation); the record stays for the history. */
  public void release(String reason) {
    active = false;
    endedReason = reason;
  }

  /** The requester cancelled: the time is freed; a late cancellation is still paid. */
  public void cancel(boolean late, Instant now) {
    release(late ? "cancelled late" : "cancelled");
    outcome = late ? Outcome.CANCELLED_LATE : Outcome.CANCELLED_IN_TIME;
    closeState = CloseOutState.CONFIRMED;
    payPending = late;
    endedAt = Timestamps.of(now);
  }

  /**
   * The interpreter (or a coordinator for them) reports what happened; it can be reported again
   * until the requester has confirmed.
   */
  public void report(LocalDateTime start, LocalDateTime end, int km, String by, Instant now) {
    requireHeld();
    if (closeState == CloseOutState.CONFIRMED || closeState == CloseOutState.DISPUTED) {
      throw new RuleViolationException("closeOut.notNow");
    }
    record(start, end, km, by, now);
    closeState = CloseOutState.REPORTED;
  }

  /** The requester agrees with the report: the appointment is done. */
  public void confirm(String by, Instant now) {
    if (closeState != CloseOutState.REPORTED) {
      throw new RuleViolationException("closeOut.notNow");
    }
    closeState = CloseOutState.CONFIRMED;
    outcome = Outcome.COMPLETED;
    confirmedBy = by;
    confirmedAt = Timestamps.of(now);
    payPending = true;
  }

  /** The requester does not agree; a coordinator decides. */
  public void dispute(String reason, Instant now) {
    if (closeState != CloseOutState.REPORTED) {
      throw new RuleViolationException("closeOut.notNow");
    }
    closeState = CloseOutState.DISPUTED;
    disputeReason = reason;
  }

  /**
   * A coordinator settles the figures: after a dispute, in place of a missing report, or as a
   * correction of an already confirmed (even already paid) assignment.
   */
  public void resolve(LocalDateTime start, LocalDateTime end, int km, String by, Instant now) {
    requireHeld();
    record(start, end, km, by, now);
    closeState = CloseOutState.CONFIRMED;
    outcome = Outcome.COMPLETED;
    confirmedBy = by;
    confirmedAt = Timestamps.of(now);
    payPending = true;
  }

  /** Nobody interpreted: the interpreter or the client did not come. */
  public void noShow(boolean interpreterMissing, String by, Instant now) {
    requireHeld();
    outcome = interpreterMissing ? Outcome.NO_SHOW_INTERPRETER : Outcome.NO_SHOW_CLIENT;
    closeState = CloseOutState.CONFIRMED;
    confirmedBy = by;
    confirmedAt = Timestamps.of(now);
    payPending = true;
  }

  private void record(LocalDateTime start, LocalDateTime end, int km, String by, Instant now) {
    if (!end.isAfter(start) || Duration.between(start, end).toHours() >= 12) {
      throw new RuleViolationException(RuleViolation.of("end", "closeOut.endBeforeStart"));
    }
    if (km < 0 || km > 300) {
      throw new RuleViolationException(RuleViolation.of("km", "closeOut.kmRange", 300));
    }
    actualStart = start;
    actualEnd = end;
    actualMinutes = (int) Duration.between(start, end).toMinutes();
    travelKm = km;
    reportedBy = by;
    reportedAt = Timestamps.of(now);
  }

  private void requireHeld() {
    if (!active || (outcome != null && outcome != Outcome.COMPLETED)) {
      throw new RuleViolationException("closeOut.notNow");
    }
  }

  /** Whether a coordinator may still change the figures (always, once it took place). */
  public boolean isPayable() {
    return closeState == CloseOutState.CONFIRMED && outcome != null;
  }

  /** The facts the pay rules need. */
  public Compensation.Item toItem() {
    Long minutes =
        actualStart == null ? null : Duration.between(actualStart, actualEnd).toMinutes();
    return new Compensation.Item(
        outcome,
        request.getMode(),
        Duration.between(startsAt, endsAt).toMinutes(),
        minutes,
        travelKm);
  }

  /** A statement has paid {@code amount} for it (nothing when its figures had not changed). */
  public void recordPayment(BigDecimal amount) {
    this.paid = paid == null ? amount : paid.add(amount);
    this.payPending = false;
  }

  public boolean isPayPending() {
    return payPending;
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

  public Outcome getOutcome() {
    return outcome;
  }

  public CloseOutState getCloseState() {
    return closeState;
  }

  public LocalDateTime getActualStart() {
    return actualStart;
  }

  public LocalDateTime getActualEnd() {
    return actualEnd;
  }

  public Integer getTravelKm() {
    return travelKm;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public String getDisputeReason() {
    return disputeReason;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public boolean isReminded() {
    return reminded;
  }

  public void markReminded() {
    reminded = true;
  }

  public int getOverdueNotices() {
    return overdueNotices;
  }

  public void countOverdueNotice() {
    overdueNotices++;
  }

  public String getEndedReason() {
    return endedReason;
  }

  @Override
  public String auditSubject() {
    return getRequest().getClientReference();
  }
}
