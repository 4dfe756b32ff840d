package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An e-mail waiting to be sent. Written in the transaction of the change that causes it, so a mail
 * outage can neither lose it nor fail the change; a sender delivers it later with retries.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = OutboxMessage.DUE_IDS,
    query =
        "select m.id from OutboxMessage m where m.status = :status and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt, m.id")
@NamedQuery(
    name = OutboxMessage.COUNT_BY_STATUS,
    query = "select count(m) from OutboxMessage m where m.status = :status")
public class OutboxMessage extends BaseEntity {

  public static final String DUE_IDS = "OutboxMessage.dueIds";
  public static final String COUNT_BY_STATUS = "OutboxMessage.countByStatus";

  /** After this many failed attempts the message is given up and shown to the administrator. */
  public static final int MAX_ATTEMPTS = 12;

  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(2);

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Lob
  @Column(name = "body", nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OutboxStatus status = OutboxStatus.PENDING;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  /** An iCalendar invitation sent with the text, or null. */
  @Lob
  @Column(name = "calendar")
  private String calendar;

  /** The invitation's METHOD (REQUEST, CANCEL), or null. */
  @Column(name = "calendar_method")
  private String calendarMethod;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = Timestamps.of(now);
    this.nextAttemptAt = Timestamps.of(now);
  }

  /** Sends the invitation with the mail, as calendar programs expect it (text/calendar). */
  public void attachCalendar(String calendar, String method) {
    this.calendar = calendar;
    this.calendarMethod = method;
  }

  public String getCalendar() {
    return calendar;
  }

  public String getCalendarMethod() {
    return calendarMethod;
  }

  /** Taken by the server that sends it now (in a transaction of its own, before sending). */
  public void claim(Instant now) {
    status = OutboxStatus.SENDING;
    nextAttemptAt = Timestamps.of(now);
  }

  public boolean isDueAt(Instant now) {
    return status == OutboxStatus.PENDING && !nextAttemptAt.toInstant().isAfter(now);
  }

  /**
   * Delivered: the text and any calendar entry are cleared (they may hold links with tokens and
   * personal data); recipient, subject and time stay as the proof of delivery.
   */
  public void markSent(Instant now) {
    markSent(now, false);
  }

  /**
   * Delivered; with {@code keepText} the text stays (only a demonstration, whose outbox page shows
   * the links of invitations to the people trying it, and whose addresses are made up).
   */
  public void markSent(Instant now, boolean keepText) {
    status = OutboxStatus.SENT;
    sentAt = Timestamps.of(now);
    attempts++;
    lastError = null;
    if (!keepText) {
      body = "";
      calendar = null;
      calendarMethod = null;
    }
  }

  /** Records a failed delivery and schedules the next one, each wait twice the one before. */
  public void markFailed(String error, Instant now) {
    attempts++;
    status = OutboxStatus.PENDING;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = Timestamps.of(now.plus(backoff(attempts)));
    }
  }

  /** Wait after the n-th failed attempt: 1, 2, 4 ... minutes, at most two hours. */
  static Duration backoff(int failedAttempts) {
    int doublings = Math.min(failedAttempts - 1, 20);
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  public Instant getNextAttemptAt() {
    return Timestamps.instant(nextAttemptAt);
  }

  public Instant getSentAt() {
    return Timestamps.instant(sentAt);
  }

  public String getLastError() {
    return lastError;
  }
}
