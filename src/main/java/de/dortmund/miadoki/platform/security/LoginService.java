package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a user name and password against the account table and keeps the login throttle. Every
 * attempt is audited; a lock-out is also logged for the operators.
 */
@ApplicationScoped
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
  static final String ENTITY = "PortalUser";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public CredentialValidationResult authenticate(String username, String password) {
    if (username == null || password == null || username.isBlank()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String name = username.strip();
    Optional<PortalUser> found = findForUpdate(name);
    if (found.isEmpty() || !found.get().isActive()) {
      audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, null, name);
      return CredentialValidationResult.INVALID_RESULT;
    }
    PortalUser user = found.get();
    Instant now = clock.instant();
    if (user.isLockedAt(now)) {
      audit.recordAs(name, AuditAction.LOGIN_LOCKED, ENTITY, user.getId(), name);
      LOG.warning(() -> "Login refused for locked account " + name);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.matches(password, user.getPasswordHash())) {
      boolean locked = user.recordFailedLogin(now);
      audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, user.getId(), name);
      if (locked) {
        LOG.warning(
            () ->
                "Account "
                    + name
                    + " locked for "
                    + PortalUser.LOCK_DURATION
                    + " after repeated failed logins");
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    user.recordSuccessfulLogin(now);
    audit.recordAs(name, AuditAction.LOGIN, ENTITY, user.getId(), name);
    Set<String> groups = user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(user.getUsername(), groups);
  }

  /**
   * The roles of someone whom the city's directory or single sign-on service has signed in: those
   * of the active portal account with that user name, none without one. Audited like a login here.
   */
  @Transactional
  public Set<String> signedInElsewhere(String username) {
    Optional<PortalUser> found = findForUpdate(username);
    if (found.isEmpty() || !found.get().isActive()) {
      audit.recordAs(username, AuditAction.LOGIN_FAILED, ENTITY, null, username);
      LOG.warning(() -> "Signed in by the city's service without an active account: " + username);
      return Set.of();
    }
    PortalUser user = found.get();
    user.recordSuccessfulLogin(clock.instant());
    audit.recordAs(username, AuditAction.LOGIN, ENTITY, user.getId(), username);
    return user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
  }

  /** Whether the login form should say "locked" rather than "wrong name or password". */
  @Transactional
  public boolean isLocked(String username) {
    if (username == null) {
      return false;
    }
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username.strip())
        .getResultStream()
        .findFirst()
        .map(u -> u.isLockedAt(clock.instant()))
        .orElse(false);
  }

  private Optional<PortalUser> findForUpdate(String username) {
    // the row lock serialises parallel attempts on one account, so the counter cannot be raced
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
