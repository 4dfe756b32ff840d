package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People from outside the city's staff get a portal account by invitation: the inviter names them
 * and their roles, the portal mails a link to set a password ({@link PasswordLinks}). Each managing
 * role invites for the roles it looks after: coordinators interpreters, training managers trainers,
 * award managers jurors; administrators invite for any role.
 */
@ApplicationScoped
@RequiresRole({Role.ADMIN, Role.COORDINATOR, Role.TRAINING_MANAGER, Role.AWARD_MANAGER})
public class Invitations {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject PasswordLinks passwordLinks;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject NewAccounts accounts;

  /** The roles holders of {@code inviting} may invite people for. */
  static Set<Role> invitableBy(Set<Role> inviting) {
    if (inviting.contains(Role.ADMIN)) {
      return EnumSet.allOf(Role.class);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (inviting.contains(Role.COORDINATOR)) {
      roles.add(Role.INTERPRETER);
    }
    if (inviting.contains(Role.TRAINING_MANAGER)) {
      roles.add(Role.TRAINER);
    }
    if (inviting.contains(Role.AWARD_MANAGER)) {
      roles.add(Role.JUROR);
    }
    return roles;
  }

  /** The roles the caller may invite people for. */
  public Set<Role> invitableRoles() {
    return invitableBy(currentUser.roles());
  }

  /**
   * Creates the account (it cannot sign in until its password is set) and mails the link to set the
   * password, valid {@link PasswordLinks#INVITATION} long, in the account's language (German until
   * the person chooses another).
   */
  @Transactional
  public PortalUser invite(@Valid @NotNull AccountForm form) {
    Set<Role> allowed = invitableRoles();
    if (!allowed.containsAll(form.getRoles())) {
      throw new RuleViolationException(RuleViolation.of("roles", "invitation.rolesNotAllowed"));
    }
    PortalUser user =
        accounts.create(
            form.getUsername(),
            form.getDisplayName(),
            form.getEmail(),
            null,
            null,
            form.getRoles(),
            null);
    send(user);
    return user;
  }

  /** An invitation not yet taken up: who, for which roles, until when the last link works. */
  public record Pending(
      Long userId,
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      Instant validUntil) {}

  /**
   * The invitations not yet taken up (no password set through a link, never signed in), newest
   * first: those the caller sent, for administrators all.
   */
  @Transactional
  public List<Pending> pending() {
    boolean all = currentUser.hasRole(Role.ADMIN);
    TypedQuery<AccountToken> query =
        em.createQuery(
                "select t from AccountToken t join fetch t.user u where t.purpose = :invitation"
                    // a password set through any link marks credentialsChangedAt
                    + " and u.active = :active and u.lastLogin is null"
                    + " and u.credentialsChangedAt is null"
                    + (all ? "" : " and t.createdBy = :me")
                    + " order by t.createdAt desc",
                AccountToken.class)
            .setParameter("invitation", AccountToken.Purpose.INVITATION)
            .setParameter("active", true)
            .setMaxResults(200);
    if (!all) {
      query.setParameter("me", currentUser.username());
    }
    Map<Long, Pending> byUser = new LinkedHashMap<>();
    for (AccountToken t : query.getResultList()) {
      PortalUser u = t.getUser();
      byUser.merge(
          u.getId(),
          new Pending(
              u.getId(),
              u.getUsername(),
              u.getDisplayName(),
              u.getEmail(),
              Set.copyOf(u.getRoles()),
              t.getExpiresAt()),
          (a, b) -> a.validUntil().isAfter(b.validUntil()) ? a : b);
    }
    return List.copyOf(byUser.values());
  }

  /**
   * Sends a pending invitation again with a new link (for a lost mail or an expired link); the
   * earlier links stop working.
   */
  @Transactional
  public void resend(Long userId) {
    Pending pending =
        pending().stream()
            .filter(p -> p.userId().equals(userId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(PortalUser.class, userId));
    PortalUser user = em.find(PortalUser.class, pending.userId());
    Instant now = clock.instant();
    em.createQuery(
            "select t from AccountToken t where t.user = :user and t.usedAt is null",
            AccountToken.class)
        .setParameter("user", user)
        .getResultList()
        .forEach(t -> t.use(now));
    audit.record(AuditAction.UPDATE, user);
    send(user);
  }

  private void send(PortalUser user) {
    String link =
        passwordLinks.issue(user, AccountToken.Purpose.INVITATION, PasswordLinks.INVITATION);
    Locale locale = Locale.forLanguageTag(user.getLocale());
    outbox.enqueue(
        user.getEmail(),
        locale,
        "mail.invitation",
        user.getDisplayName(),
        user.getUsername(),
        link,
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(clock.instant().plus(PasswordLinks.INVITATION).atZone(clock.getZone())));
  }
}
