package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A person's registration for a session. Its arrival number (from a database sequence taken under
 * the session's lock) is its place in the queue for the whole of its life; the department is the
 * one the person belonged to when registering (the statistics count it there).
 */
@Entity
@Table(name = "training_registration")
@NamedQuery(
    name = Registration.OF_PERSON,
    query = "select r from Registration r where r.session = :session and r.username = :username")
@NamedQuery(
    name = Registration.ACTIVE_OF_SESSION,
    query =
        "select r from Registration r where r.session = :session and r.status in :active"
            + " order by r.arrival")
@NamedQuery(
    name = Registration.SESSION_ID,
    query = "select r.session.id from Registration r where r.id = :id")
public class Registration extends BaseEntity {

  public static final String OF_PERSON = "Registration.ofPerson";
  public static final String ACTIVE_OF_SESSION = "Registration.activeOfSession";
  public static final String SESSION_ID = "Registration.sessionId";

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private TrainingSession session;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "arrival", nullable = false)
  private long arrival;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private RegistrationStatus status;

  /** A place is kept for this registration while it waits for approval. */
  @Column(name = "place_held", nullable = false)
  private boolean placeHeld;

  @Column(name = "reason")
  private String reason;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private OffsetDateTime registeredAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "claim_until")
  private OffsetDateTime claimUntil;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "reminded_week", nullable = false)
  private boolean remindedWeek;

  @Column(name = "reminded_day", nullable = false)
  private boolean remindedDay;

  protected Registration() {}

  /**
   * A new registration at the end of the queue. Booked by a supervisor for the team, or for a
   * session without approval, it needs no approval.
   */
  public Registration(
      TrainingSession session,
      Person person,
      long arrival,
      String reason,
      String registeredBy,
      boolean approved,
      Instant now) {
    this.session = session;
    this.username = person.username();
    this.personName = person.name();
    this.department = person.department();
    this.registeredBy = registeredBy;
    queue(arrival, reason, approved, now);
  }

  /** Who registers: the account, the name and the department at the time. */
  public record Person(String username, String name, Department department) {}

  /** A cancelled, rejected or lapsed registration taken up again: at the end of the queue. */
  public void renew(long arrival, String reason, String by, boolean approved, Instant now) {
    if (status.isActive()) {
      throw new RuleViolationException("registration.already");
    }
    this.registeredBy = by;
    this.decidedBy = null;
    this.decisionReason = null;
    this.decidedAt = null;
    this.endedAt = null;
    queue(arrival, reason, approved, now);
  }

  private void queue(long arrival, String reason, boolean approved, Instant now) {
    if (session.getCourse().isReasonRequired() && (reason == null || reason.isBlank())) {
      throw new RuleViolationException(RuleViolation.of("reason", "registration.reason.required"));
    }
    this.arrival = arrival;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.registeredAt = Timestamps.of(now);
    this.placeHeld = false;
    this.claimUntil = null;
    this.status =
        approved || !session.isApprovalRequired()
            ? RegistrationStatus.WAITING
            : RegistrationStatus.PENDING_APPROVAL;
  }

  /** A supervisor's yes: the registration keeps its place in the queue. */
  public void approve(String by, Instant now) {
    requireStatus(RegistrationStatus.PENDING_APPROVAL);
    if (by.equals(username)) {
      throw new RuleViolationException("registration.approve.own");
    }
    this.status = RegistrationStatus.WAITING;
    this.decidedBy = by;
    this.decidedAt = Timestamps.of(now);
  }

  public void reject(String by, String why, Instant now) {
    requireStatus(RegistrationStatus.PENDING_APPROVAL);
    if (by.equals(username)) {
      throw new RuleViolationException("registration.approve.own");
    }
    if (why == null || why.isBlank()) {
      // at the top: the reason field is one of many on the supervisor's list
      throw new RuleViolationException("registration.reject.reason");
    }
    this.status = RegistrationStatus.REJECTED;
    this.placeHeld = false;
    this.decidedBy = by;
    this.decisionReason = why.strip();
    this.decidedAt = Timestamps.of(now);
    this.endedAt = Timestamps.of(now);
  }

  /** The person withdraws, before the session starts; the place goes to the next in line. */
  public void cancel(Instant now, boolean sessionStarted) {
    if (!status.isActive()) {
      throw new RuleViolationException("registration.cancel.notActive");
    }
    if (sessionStarted) {
      throw new RuleViolationException("registration.cancel.started");
    }
    this.status = RegistrationStatus.CANCELLED;
    this.placeHeld = false;
    this.claimUntil = null;
    this.endedAt = Timestamps.of(now);
  }

  /** The person takes the offered place, inside the claim window. */
  public void claim(Instant now) {
    requireStatus(RegistrationStatus.OFFERED);
    if (!now.isBefore(claimUntil.toInstant())) {
      throw new RuleViolationException("registration.claim.expired");
    }
    this.status = RegistrationStatus.CONFIRMED;
    this.claimUntil = null;
  }

  /** The claim window has passed without a claim. */
  public boolean lapseIfUnclaimed(Instant now) {
    if (status == RegistrationStatus.OFFERED && !now.isBefore(claimUntil.toInstant())) {
      this.status = RegistrationStatus.LAPSED;
      this.claimUntil = null;
      this.endedAt = Timestamps.of(now);
      return true;
    }
    return false;
  }

  /**
   * Which reminder is due at {@code now} for a confirmed place: the day's from 24 hours before the
   * start, the week's from seven days before (never both: the day's replaces a missed week's).
   */
  public java.util.Optional<String> dueReminder(java.time.LocalDateTime now) {
    java.time.LocalDateTime start = session.getStartsAt();
    if (status != RegistrationStatus.CONFIRMED || !now.isBefore(start)) {
      return java.util.Optional.empty();
    }
    if (!remindedDay && !now.isBefore(start.minusDays(1))) {
      return java.util.Optional.of("day");
    }
    if (!remindedWeek && !remindedDay && !now.isBefore(start.minusDays(7))) {
      return java.util.Optional.of("week");
    }
    return java.util.Optional.empty();
  }

  public void reminded(String which) {
    if ("day".equals(which)) {
      remindedDay = true;
    }
    remindedWeek = true;
  }

  void confirm() {
    this.status = RegistrationStatus.CONFIRMED;
    this.placeHeld = false;
  }

  void offer(Instant until) {
    this.status = RegistrationStatus.OFFERED;
    this.claimUntil = Timestamps.of(until);
  }

  /** Whether a place is kept for it; true if that changed. */
  boolean hold(boolean held) {
    boolean changed = placeHeld != held;
    this.placeHeld = held;
    return changed;
  }

  private void requireStatus(RegistrationStatus expected) {
    if (status != expected) {
      throw new RuleViolationException("registration.status.changed");
    }
  }

  public TrainingSession getSession() {
    return session;
  }

  public String getUsername() {
    return username;
  }

  public String getPersonName() {
    return personName;
  }

  public Department getDepartment() {
    return department;
  }

  public long getArrival() {
    return arrival;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public boolean isPlaceHeld() {
    return placeHeld;
  }

  public String getReason() {
    return reason;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return Timestamps.instant(registeredAt);
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Instant getDecidedAt() {
    return Timestamps.instant(decidedAt);
  }

  public Instant getClaimUntil() {
    return Timestamps.instant(claimUntil);
  }

  public Instant getEndedAt() {
    return Timestamps.instant(endedAt);
  }

  @Override
  public String auditSubject() {
    return username;
  }
}
