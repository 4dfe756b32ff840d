package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** What every logged-in person may do with the own account: language and password. */
@ApplicationScoped
public class OwnAccount {

  public static final Set<String> LANGUAGES = Set.of("de", "en");

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject LoginThrottle throttle;

  @Transactional
  public Optional<PortalUser> me() {
    if (!currentUser.isAuthenticated()) {
      return Optional.empty();
    }
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", currentUser.username())
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public void preferLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Unsupported language " + language);
    }
    me().ifPresent(
            user -> {
              user.preferLocale(language);
              audit.record(
                  AuditAction.UPDATE, UserAdministration.ENTITY, user.getId(), user.getUsername());
            });
  }

  /**
   * Returns false (and changes nothing) if the current password is wrong. Wrong current passwords
   * count like failed sign-ins of the account from {@code client} ({@link LoginThrottle}): too
   * many, and the next try is refused until the wait is over.
   */
  @Transactional
  public boolean changePassword(String currentPassword, String newPassword, String client) {
    PortalUser user = me().orElseThrow(() -> new AccessDeniedException("not logged in"));
    LoginThrottle.Verdict verdict = throttle.admit(user.getUsername(), client);
    if (!verdict.allowed()) {
      audit.recordAs(
          user.getUsername(),
          AuditAction.LOGIN_LOCKED,
          UserAdministration.ENTITY,
          user.getId(),
          user.getUsername());
      throw new de.dortmund.miadoki.platform.rules.RuleViolationException(
          de.dortmund.miadoki.platform.rules.RuleViolation.of(
              "currentPassword", "login.throttled", verdict.delay().toSeconds() + 1));
    }
    if (!hasher.matches(currentPassword, user.getPasswordHash())) {
      throttle.failed(user.getUsername(), client);
      audit.recordAs(
          user.getUsername(),
          AuditAction.LOGIN_FAILED,
          UserAdministration.ENTITY,
          user.getId(),
          user.getUsername());
      return false;
    }
    throttle.succeeded(user.getUsername(), client);
    user.changePassword(hasher.hash(newPassword), clock.instant());
    audit.record(AuditAction.UPDATE, UserAdministration.ENTITY, user.getId(), user.getUsername());
    return true;
  }
}
