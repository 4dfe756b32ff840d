package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
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
 * A single-use link to set an account's password: sent with an invitation, a reset, or to the first
 * administrator. Only the hash of the link's token is stored; the link works once and until it
 * expires.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = AccountToken.BY_HASH,
    query = "select t from AccountToken t where t.tokenHash = :hash")
public class AccountToken extends BaseEntity {

  public static final String BY_HASH = "AccountToken.byHash";

  /** Why the link was sent. */
  public enum Purpose {
    INVITATION,
    PASSWORD_RESET,
    FIRST_ADMINISTRATOR
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private PortalUser user;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected AccountToken() {}

  public AccountToken(
      PortalUser user,
      Purpose purpose,
      String tokenHash,
      String createdBy,
      Instant now,
      Instant expiresAt) {
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdBy = createdBy;
    this.createdAt = Timestamps.of(now);
    this.expiresAt = Timestamps.of(expiresAt);
  }

  /** Whether the link still works at {@code now}: not used and not expired. */
  public boolean isValidAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt.toInstant());
  }

  public void use(Instant now) {
    this.usedAt = Timestamps.of(now);
  }

  public PortalUser getUser() {
    return user;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return Timestamps.instant(expiresAt);
  }

  @Override
  public String auditSubject() {
    return user.getUsername();
  }
}
