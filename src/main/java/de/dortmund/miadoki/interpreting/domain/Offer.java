package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A request offered to one interpreter. Offers of the second tier wait until their release time; an
 * open offer can be answered until it expires, in the portal or through the single-use link of its
 * e-mail (only the link's hash is stored). Every change happens under the request's row lock, so
 * the first acceptance wins.
 */
@Entity
@Table(name = "offer")
@NamedQuery(
    name = Offer.OF_REQUEST,
    query = "select o from Offer o where o.request.id = :request order by o.tier, o.id")
@NamedQuery(name = Offer.BY_TOKEN, query = "select o from Offer o where o.tokenHash = :hash")
@NamedQuery(
    name = Offer.OF_INTERPRETER,
    query =
        "select o from Offer o where o.interpreter.id = :interpreter and o.status in :statuses"
            + " order by o.request.startsAt")
@NamedQuery(
    name = Offer.DUE_REQUESTS,
    query =
        "select distinct o.request.id from Offer o where (o.status = :waiting and o.releaseAt <="
            + " :now) or (o.status in :pending and o.expiresAt <= :now)")
public class Offer extends BaseEntity {

  public static final String OF_REQUEST = "Offer.ofRequest";
  public static final String BY_TOKEN = "Offer.byToken";
  public static final String OF_INTERPRETER = "Offer.ofInterpreter";
  public static final String DUE_REQUESTS = "Offer.dueRequests";

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private InterpreterRequest request;

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Column(name = "tier", nullable = false, updatable = false)
  private int tier;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OfferStatus status;

  @Column(name = "release_at", nullable = false, updatable = false)
  private OffsetDateTime releaseAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "token_hash", unique = true)
  private String tokenHash;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "covers_following", nullable = false, updatable = false)
  private boolean coversFollowing;

  protected Offer() {}

  /** An offer of {@code tier}, waiting for its release at {@code releaseAt}. */
  public Offer(
      InterpreterRequest request,
      Interpreter interpreter,
      int tier,
      Instant releaseAt,
      Instant expiresAt,
      String by) {
    if (!expiresAt.isAfter(releaseAt)) {
      throw new IllegalArgumentException("An offer must expire after its release");
    }
    this.request = request;
    this.interpreter = interpreter;
    this.tier = tier;
    this.releaseAt = Timestamps.of(releaseAt);
    this.expiresAt = Timestamps.of(expiresAt);
    this.createdBy = by;
    this.status = OfferStatus.WAITING;
  }

  /**
   * An offer that covers its request and the following open occurrences of the request's series:
   * accepting it books each of them that fits.
   */
  public Offer coveringFollowing() {
    if (request.getSeriesId() == null) {
      throw new IllegalStateException("Request " + request.getId() + " is not part of a series");
    }
    this.coversFollowing = true;
    return this;
  }

  public boolean isCoversFollowing() {
    return coversFollowing;
  }

  /** Whether the interpreter can still answer at {@code now}. */
  public boolean isAnswerable(Instant now) {
    return status == OfferStatus.OPEN && now.isBefore(getExpiresAt());
  }

  public boolean isDueForRelease(Instant now) {
    return status == OfferStatus.WAITING && !getReleaseAt().isAfter(now);
  }

  public boolean isExpiredAt(Instant now) {
    return status.isPending() && !now.isBefore(getExpiresAt());
  }

  /**
   * The tier's time has come: the offer is sent and can be answered, also through the link whose
   * token has {@code tokenHash}.
   */
  public void release(Instant now, String tokenHash) {
    require(OfferStatus.WAITING);
    if (now.isBefore(getReleaseAt())) {
      throw new IllegalStateException("Offer " + getId() + " is not due before " + releaseAt);
    }
    status = OfferStatus.OPEN;
    sentAt = Timestamps.of(now);
    this.tokenHash = tokenHash;
  }

  public void accept(Instant now) {
    requireAnswerable(now);
    status = OfferStatus.ACCEPTED;
    answeredAt = Timestamps.of(now);
  }

  public void decline(Instant now) {
    requireAnswerable(now);
    status = OfferStatus.DECLINED;
    answeredAt = Timestamps.of(now);
  }

  /** Someone else accepted, or the request is no longer open. */
  public void withdraw(Instant now) {
    if (!status.isPending()) {
      throw new IllegalStateException("Offer " + getId() + " is already " + status);
    }
    status = OfferStatus.WITHDRAWN;
    answeredAt = Timestamps.of(now);
  }

  public void expire(Instant now) {
    if (!isExpiredAt(now)) {
      throw new IllegalStateException("Offer " + getId() + " does not expire at " + now);
    }
    status = OfferStatus.EXPIRED;
    answeredAt = Timestamps.of(now);
  }

  private void requireAnswerable(Instant now) {
    if (!isAnswerable(now)) {
      throw new IllegalStateException("Offer " + getId() + " cannot be answered: " + status);
    }
  }

  private void require(OfferStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Offer " + getId() + " is " + status + ", not " + expected);
    }
  }

  public InterpreterRequest getRequest() {
    return request;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public int getTier() {
    return tier;
  }

  public OfferStatus getStatus() {
    return status;
  }

  public Instant getReleaseAt() {
    return Timestamps.instant(releaseAt);
  }

  public Instant getExpiresAt() {
    return Timestamps.instant(expiresAt);
  }

  public Instant getSentAt() {
    return Timestamps.instant(sentAt);
  }

  public Instant getAnsweredAt() {
    return Timestamps.instant(answeredAt);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  @Override
  public String auditSubject() {
    return getRequest().getClientReference();
  }
}
