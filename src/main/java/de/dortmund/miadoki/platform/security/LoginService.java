package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.organisation.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
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

  /** The audit's actor for a sign-in under a name that is no account's. */
  public static final String UNKNOWN_NAME = "(unbekannter Name)";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject NewAccounts accounts;
  @Inject DirectoryPeople directoryPeople;
  @Inject AccountStates accountStates;

  /** Checks the password of any portal account (mode {@code portal}). */
  @Transactional
  public CredentialValidationResult authenticate(String username, String password) {
    if (username == null || password == null || username.isBlank()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String name = username.strip();
    Optional<PortalUser> found = findForUpdate(name);
    if (found.isEmpty() || !found.get().isActive()) {
      refuseUnknownOrInactive(found, name, password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return check(found.get(), password);
  }

  /**
   * An unknown or deactivated name: the same password hash runs as for a known one (so that the
   * answer's time tells nothing), and the attempt is audited; the typed name is stored only if it
   * is an account's (people type their password into the name field).
   */
  private void refuseUnknownOrInactive(Optional<PortalUser> found, String name, String password) {
    hasher.matches(password, hasher.unusable());
    if (found.isPresent()) {
      audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, found.get().getId(), name);
    } else {
      audit.recordAs(UNKNOWN_NAME, AuditAction.LOGIN_FAILED, ENTITY, null, null);
    }
  }

  /** A sign-in refused by the throttle before any check: audited like a failure. */
  @Transactional
  public void recordRefusal(String username) {
    String name = username == null ? "" : username.strip();
    Optional<PortalUser> found =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst();
    if (found.isPresent()) {
      audit.recordAs(name, AuditAction.LOGIN_LOCKED, ENTITY, found.get().getId(), name);
    } else {
      audit.recordAs(UNKNOWN_NAME, AuditAction.LOGIN_LOCKED, ENTITY, null, null);
    }
  }

  /** A name that may not reach the directory: refused at the cost of a real check. */
  public void refuseUnchecked(String password) {
    hasher.matches(password == null ? "" : password, hasher.unusable());
    audit.recordAs(UNKNOWN_NAME, AuditAction.LOGIN_FAILED, ENTITY, null, null);
  }

  /**
   * Modes {@code ldap} and {@code oidc}: checks the password of a portal account (interpreters,
   * external trainers, jurors); an account of the city's staff has none here. With the directory,
   * which did not sign the person in, it also looks whether the person is still there and
   * deactivates the account of someone who left.
   */
  @Transactional
  public CredentialValidationResult authenticateBesideCityService(
      String username, String password) {
    if (username == null || password == null || username.isBlank()) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String name = username.strip();
    Optional<PortalUser> found = findForUpdate(name);
    if (found.isEmpty() || !found.get().isActive()) {
      refuseUnknownOrInactive(found, name, password);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    PortalUser user = found.get();
    if (user.getSource() == PortalUser.Source.DIRECTORY) {
      audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, user.getId(), name);
      boolean left = false;
      try {
        left =
            LoginSettings.mode() == LoginSettings.Mode.LDAP && directoryPeople.find(name).isEmpty();
      } catch (DirectoryPeople.Unreachable e) {
        LOG.warning(e::getMessage);
      }
      if (left) {
        user.deactivate(clock.instant());
        audit.recordAs(AuditLog.SYSTEM, AuditAction.UPDATE, user);
        accountStates.forget(name);
        LOG.info(() -> "Account " + name + " deactivated: no longer in the city's directory");
      }
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return check(user, password);
  }

  private CredentialValidationResult check(PortalUser user, String password) {
    String name = user.getUsername();
    Instant now = clock.instant();
    if (!hasher.matches(password, user.getPasswordHash())) {
      // no lock: the login throttle slows down the address that guesses, not the account
      user.recordFailedLogin(now);
      audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, user.getId(), name);
      return CredentialValidationResult.INVALID_RESULT;
    }
    user.recordSuccessfulLogin(now);
    audit.recordAs(name, AuditAction.LOGIN, ENTITY, user.getId(), name);
    return new CredentialValidationResult(
        PortalIdentityStore.ID, user.getUsername(), null, null, groups(user));
  }

  /**
   * The roles of a member of staff whom the city's directory or single sign-on has just signed in:
   * at the first sign-in a new account with the role STAFF and the department the city's service
   * names; later, name, address and department are taken over again. A portal account of the same
   * name becomes the city's only if its e-mail address is the one the city's service has for that
   * person (the same person); otherwise the sign-in gets no roles and is refused.
   */
  @Transactional
  public Set<String> signedInByCityService(StaffPerson person) {
    return cityServiceAccount(person).map(LoginService::groups).orElse(Set.of());
  }

  /** Who single sign-on signed in: the account's own name (not the claim's) and its roles. */
  public record SignedIn(String username, Set<String> groups) {}

  /**
   * Mode {@code oidc}: the account of the person the provider signed in, matched on the provider's
   * subject; at the first sign-in the account of the claimed name is linked to the subject, once. A
   * name whose account is linked to another subject is refused (empty). Roles come only from the
   * portal: no claim of the token grants one.
   */
  @Transactional
  public Optional<SignedIn> signedInBySingleSignOn(StaffPerson person) {
    return cityServiceAccount(person).map(u -> new SignedIn(u.getUsername(), groups(u)));
  }

  private Optional<PortalUser> cityServiceAccount(StaffPerson person) {
    String name = person.username();
    if (person.subject() != null) {
      Optional<PortalUser> linked =
          em.createNamedQuery(PortalUser.BY_SSO_SUBJECT, PortalUser.class)
              .setParameter("subject", person.subject())
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultStream()
              .findFirst();
      if (linked.isPresent()) {
        // the same person, whatever name the provider gives today
        name = linked.get().getUsername();
      } else {
        Optional<PortalUser> byName = findForUpdate(name);
        if (byName.isPresent() && byName.get().getSsoSubject() != null) {
          String refused = name;
          audit.recordAs(refused, AuditAction.LOGIN_FAILED, ENTITY, byName.get().getId(), refused);
          LOG.warning(
              () ->
                  "Single sign-on of "
                      + refused
                      + " refused: the account is linked to another subject of the provider");
          return Optional.empty();
        }
      }
    }
    return accountOf(person, name);
  }

  private Optional<PortalUser> accountOf(StaffPerson person, String name) {
    Instant now = clock.instant();
    Department department =
        person.departmentCode() == null
            ? null
            : em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
                .setParameter("shortName", person.departmentCode())
                .getResultStream()
                .filter(Department::isActive)
                .findFirst()
                .orElse(null);
    Optional<PortalUser> found = findForUpdate(name);
    PortalUser user;
    if (found.isEmpty()) {
      user =
          accounts.create(
              name,
              person.displayName() == null ? name : person.displayName(),
              person.email() == null ? name + "@invalid.example" : person.email(),
              null,
              department,
              EnumSet.of(Role.STAFF),
              AuditLog.SYSTEM);
      user.provideFromDirectory();
    } else {
      user = found.get();
      if (user.getSource() == PortalUser.Source.PORTAL) {
        if (person.email() == null || !person.email().equalsIgnoreCase(user.getEmail())) {
          audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, user.getId(), name);
          LOG.warning(
              () ->
                  "Sign-in by the city's service of "
                      + name
                      + " refused: a portal account of that name belongs to someone else"
                      + " (other e-mail address)");
          return Optional.empty();
        }
        user.provideFromDirectory();
        audit.recordAs(AuditLog.SYSTEM, AuditAction.UPDATE, user);
      }
      if (!user.isActive()) {
        audit.recordAs(name, AuditAction.LOGIN_FAILED, ENTITY, user.getId(), name);
        return Optional.empty();
      }
      user.updateFromDirectory(person.displayName(), person.email(), department);
    }
    user.recordSuccessfulLogin(now);
    audit.recordAs(name, AuditAction.LOGIN, ENTITY, user.getId(), name);
    if (person.subject() != null && user.getSsoSubject() == null) {
      user.linkSubject(person.subject());
    }
    accountStates.forget(name);
    return Optional.of(user);
  }

  private static Set<String> groups(PortalUser user) {
    return user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
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
