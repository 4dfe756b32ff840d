package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.LoginService;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import de.dortmund.miadoki.platform.security.UsernameTakenException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform's services inside the real server, on the real database. */
@ExtendWith(ArquillianExtension.class)
class PlatformServicesIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject UserAdministration users;
  @Inject LoginService loginService;
  @Inject AuditLog auditLog;
  @Inject PoolFixtures fixtures;
  @Inject UserTransaction tx;

  @BeforeEach
  void asAdmin() {
    caller.actAs("it-admin", Role.ADMIN);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static UserForm form(String username, Role... roles) {
    UserForm form = new UserForm();
    form.setUsername(username);
    form.setDisplayName("Test " + username);
    form.setEmail(username + "@example.org");
    form.setRoles(EnumSet.of(roles[0], roles));
    form.setPassword("ein-sicheres-passwort");
    return form;
  }

  @Test
  void creatingAnAccountStoresItAuditsItAndQueuesTheWelcomeMailInOneTransaction() {
    String name = unique("neu");
    PortalUser created = users.create(form(name, Role.REQUESTER, Role.STAFF));

    PortalUser stored = fixtures.read(em -> em.find(PortalUser.class, created.getId()));
    assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.STAFF);
    assertThat(stored.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:");

    List<OutboxMessage> mails =
        fixtures.read(
            em ->
                em.createQuery(
                        "select m from OutboxMessage m where m.recipient = :r", OutboxMessage.class)
                    .setParameter("r", name + "@example.org")
                    .getResultList());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getBody()).contains(name);

    Page<AuditEntry> audit =
        auditLog.search(new AuditSearch(name, null, null, null, null), PageRequest.of(0, 10));
    assertThat(audit.rows())
        .extracting(AuditEntry::getAction, AuditEntry::getActor)
        .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "it-admin"));
  }

  @Test
  void aSecondAccountWithTheSameNameIsRefusedAndNothingIsHalfSaved() {
    String name = unique("doppelt");
    users.create(form(name, Role.STAFF));
    assertThatThrownBy(() -> users.create(form(name, Role.STAFF)))
        .isInstanceOf(UsernameTakenException.class);
    long count =
        fixtures.read(
            em ->
                em.createQuery(
                        "select count(m) from OutboxMessage m where m.recipient = :r", Long.class)
                    .setParameter("r", name + "@example.org")
                    .getSingleResult());
    assertThat(count).isEqualTo(1);
  }

  @Test
  void invalidInputIsRejectedByBeanValidationOnTheService() {
    UserForm bad = form("X Y", Role.STAFF);
    bad.setEmail("not-an-address");
    assertThatThrownBy(() -> users.create(bad))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(e.getConstraintViolations())
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("create.form.username", "create.form.email"));
    assertThat(users.usernameTaken("X Y")).isFalse();
  }

  @Test
  void onlyAdministratorsMayManageAccounts() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThatThrownBy(() -> users.search(null, PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> auditLog.search(AuditSearch.everything(), PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aChangeBasedOnAnOldVersionEndsInConcurrentChangeNotASilentOverwrite() {
    PortalUser created = users.create(form(unique("konflikt"), Role.STAFF));
    long loadedVersion = created.getVersion();

    UserForm first = form(created.getUsername(), Role.STAFF, Role.SUPERVISOR);
    first.setVersion(loadedVersion);
    users.update(created.getId(), first);

    UserForm second = form(created.getUsername(), Role.JUROR);
    second.setVersion(loadedVersion);
    assertThatThrownBy(() -> users.update(created.getId(), second))
        .isInstanceOf(ConcurrentChangeException.class);

    Set<Role> roles =
        fixtures.read(em -> Set.copyOf(em.find(PortalUser.class, created.getId()).getRoles()));
    assertThat(roles).containsExactlyInAnyOrder(Role.STAFF, Role.SUPERVISOR);
  }

  @Test
  void wrongPasswordsNeverLockTheAccountAndEveryAttemptIsAudited() {
    String name = unique("sperre");
    users.create(form(name, Role.STAFF));

    for (int i = 0; i < 6; i++) {
      assertThat(loginService.authenticate(name, "falsch-" + i).getStatus())
          .isEqualTo(Status.INVALID);
    }
    // no lock a stranger could keep renewing: the throttle slows down the guessing address
    assertThat(loginService.authenticate(name, "ein-sicheres-passwort").getStatus())
        .isEqualTo(Status.VALID);

    List<AuditAction> actions =
        auditLog
            .search(new AuditSearch(name, "PortalUser", null, null, null), PageRequest.of(0, 50))
            .rows()
            .stream()
            .map(AuditEntry::getAction)
            .toList();
    assertThat(actions).containsOnlyOnce(AuditAction.LOGIN);
    assertThat(actions.stream().filter(a -> a == AuditAction.LOGIN_FAILED)).hasSize(6);
  }

  @Test
  void aValidLoginReturnsTheRolesAsGroups() {
    String name = unique("rollen");
    users.create(form(name, Role.COORDINATOR, Role.INTERPRETER));
    CredentialValidationResult result = loginService.authenticate(name, "ein-sicheres-passwort");
    assertThat(result.getStatus()).isEqualTo(Status.VALID);
    assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("COORDINATOR", "INTERPRETER");
  }

  @Test
  void deactivatedAccountsCannotLogIn() {
    PortalUser created = users.create(form(unique("inaktiv"), Role.STAFF));
    users.setActive(created.getId(), created.getVersion(), false);
    assertThat(
            loginService.authenticate(created.getUsername(), "ein-sicheres-passwort").getStatus())
        .isEqualTo(Status.INVALID);
  }

  @Test
  void theDemoDataExistOnceWithOneAccountPerRole() throws Exception {
    List<PortalUser> demo =
        fixtures.read(
            em ->
                em.createQuery(
                        "select u from PortalUser u where u.email like '%@miadoki.local'",
                        PortalUser.class)
                    .getResultList());
    assertThat(demo).hasSize(11);
    EnumSet<Role> covered = EnumSet.noneOf(Role.class);
    demo.forEach(u -> covered.addAll(u.getRoles()));
    assertThat(covered).containsExactlyInAnyOrder(Role.values());
  }
}
