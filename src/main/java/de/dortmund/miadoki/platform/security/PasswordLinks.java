package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-use links to set an account's password ({@code /password.xhtml?token=}): with an
 * invitation (valid {@link #INVITATION} long), a reset asked for on the login page ({@link
 * #RESET}), and for the first administrator. The link's token is 256 random bits; only its hash is
 * stored. Setting the password through the link ends the account's other sessions; a link of a
 * deactivated account does not work.
 */
@ApplicationScoped
public class PasswordLinks {

  public static final Duration INVITATION = Duration.ofDays(7);
  public static final Duration RESET = Duration.ofHours(2);
  public static final Duration FIRST_ADMINISTRATOR = Duration.ofHours(24);

  /** A second reset mail within this time is not sent (the first one is on its way). */
  static final Duration RESEND_AFTER = Duration.ofMinutes(5);

  static final String PAGE_PATH = "/password.xhtml";
  static final String PAGE = PAGE_PATH + "?token=";

  /** What the page shows before the password is set. */
  public record Link(String username, String displayName, AccountToken.Purpose purpose) {}

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject PortalLinks links;
  @Inject MailOutbox outbox;
  @Inject AccountStates accountStates;

  /** A new link for the account; the absolute address, for a mail or the server log. */
  @Transactional(TxType.MANDATORY)
  public String issue(PortalUser user, AccountToken.Purpose purpose, Duration validity) {
    return issue(
        user,
        purpose,
        validity,
        currentUser.isAuthenticated() ? currentUser.username() : AuditLog.SYSTEM);
  }

  /** As {@link #issue(PortalUser, AccountToken.Purpose, Duration)}, by someone named. */
  @Transactional(TxType.MANDATORY)
  public String issue(
      PortalUser user, AccountToken.Purpose purpose, Duration validity, String issuedBy) {
    String token = SecretTokens.newToken();
    Instant now = clock.instant();
    em.persist(
        new AccountToken(
            user, purpose, SecretTokens.hash(token), issuedBy, now, now.plus(validity)));
    return links.to(PAGE + token);
  }

  /**
   * Mails a reset link to the active portal account with this user name or e-mail address, if there
   * is one. The caller learns nothing either way: the page says the same in both cases. Accounts of
   * the city's directory keep their password there.
   */
  @Transactional
  public void requestReset(String nameOrEmail) {
    if (nameOrEmail == null || nameOrEmail.isBlank()) {
      return;
    }
    String wanted = nameOrEmail.strip().toLowerCase(Locale.ROOT);
    em.createQuery(
            "select u from PortalUser u where (lower(u.username) = :w or lower(u.email) = :w)"
                + " and u.active = :active and u.source = :source",
            PortalUser.class)
        .setParameter("w", wanted)
        .setParameter("source", PortalUser.Source.PORTAL)
        .setParameter("active", true)
        .getResultStream()
        .findFirst()
        .filter(user -> !askedRecently(user))
        .ifPresent(
            user -> {
              String link = issue(user, AccountToken.Purpose.PASSWORD_RESET, RESET);
              audit.recordAs(AuditLog.SYSTEM, AuditAction.UPDATE, user);
              outbox.enqueue(
                  user.getEmail(),
                  Locale.forLanguageTag(user.getLocale()),
                  "mail.passwordLink",
                  user.getDisplayName(),
                  link,
                  RESET.toHours());
            });
  }

  /** A reset link sent in the last minutes and not yet used: no second mail for now. */
  private boolean askedRecently(PortalUser user) {
    return em.createQuery(
                "select count(t) from AccountToken t where t.user = :user and t.purpose = :purpose"
                    + " and t.usedAt is null and t.createdAt > :since",
                Long.class)
            .setParameter("user", user)
            .setParameter("purpose", AccountToken.Purpose.PASSWORD_RESET)
            .setParameter("since", Timestamps.of(clock.instant().minus(RESEND_AFTER)))
            .getSingleResult()
        > 0;
  }

  /** The account a link is for, while the link works (the page shows whose password it sets). */
  @Transactional
  public Optional<Link> check(String token) {
    return valid(token)
        .map(
            t -> new Link(t.getUser().getUsername(), t.getUser().getDisplayName(), t.getPurpose()));
  }

  /** Sets the password through a working link, once; false when the link does not work. */
  @Transactional
  public boolean setPassword(String token, String password) {
    Optional<AccountToken> found = valid(token);
    if (found.isEmpty()) {
      audit.recordAs("link", AuditAction.ACCESS_DENIED, "AccountToken", null, null);
      return false;
    }
    AccountToken link = found.get();
    Instant now = clock.instant();
    PortalUser user = link.getUser();
    user.changePassword(hasher.hash(password), now);
    link.use(now);
    audit.recordAs(user.getUsername(), AuditAction.UPDATE, user);
    accountStates.forget(user.getUsername());
    return true;
  }

  private Optional<AccountToken> valid(String token) {
    if (!SecretTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", SecretTokens.hash(token))
        .getResultStream()
        .findFirst()
        .filter(t -> t.isValidAt(clock.instant()) && t.getUser().isActive());
  }
}
