package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.LoginGate;
import de.dortmund.miadoki.platform.security.LoginService;
import de.dortmund.miadoki.platform.security.OwnAccount;
import de.dortmund.miadoki.platform.security.PasswordHasher;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in resists guessing without locking people out: a stranger's failures slow down the
 * stranger's address only, spraying one address over many names is stopped, unknown names cost the
 * same password check and leave no typed name behind, and a wrong current password at a password
 * change counts like a failed sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

  private static final String PASSWORD = "ein-sicheres-passwort";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject LoginGate gate;
  @Inject UserAdministration users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;
  @Inject OwnAccount ownAccount;
  @Inject TestCaller caller;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A client address of its own per test run (TEST-NET ranges), so that runs do not add up. */
  private static String address() {
    return "198.51.100." + (1 + (int) (Math.random() * 250)) + "/" + UUID.randomUUID();
  }

  private String account() {
    String name = unique("drossel");
    UserForm form = new UserForm();
    form.setUsername(name);
    form.setDisplayName("Hoa Nguyễn " + name);
    form.setEmail(name + "@example.org");
    form.setRoles(EnumSet.of(Role.STAFF));
    form.setPassword(PASSWORD);
    caller.actAs("it-admin", Role.ADMIN);
    users.create(form);
    return name;
  }

  @Test
  void aStrangersFailuresSlowDownTheStrangerButNotTheColleague() {
    String name = account();
    String stranger = address();
    String colleague = address();
    for (int i = 0; i < 3; i++) {
      LoginGate.Outcome failed = gate.attempt(name, "geraten-" + i, stranger);
      assertThat(failed.valid()).isFalse();
      assertThat(failed.throttled()).isFalse();
    }
    // the fourth try from the stranger's address waits, even with the right password
    LoginGate.Outcome early = gate.attempt(name, PASSWORD, stranger);
    assertThat(early.throttled()).isTrue();
    assertThat(early.valid()).isFalse();
    assertThat(early.delay()).isPositive();
    // the colleague at another address signs in at once
    assertThat(gate.attempt(name, PASSWORD, colleague).valid()).isTrue();
  }

  @Test
  void oneAddressSprayingManyNamesIsStopped() {
    String sprayer = address();
    int refusedAt = -1;
    for (int i = 0; i < 40 && refusedAt < 0; i++) {
      if (gate.attempt(unique("opfer"), "Sommer2026!", sprayer).throttled()) {
        refusedAt = i;
      }
    }
    assertThat(refusedAt).as("attempts before the address is stopped").isEqualTo(30);
    // a real account from that address waits too; from elsewhere it works
    String name = account();
    assertThat(gate.attempt(name, PASSWORD, sprayer).throttled()).isTrue();
    assertThat(gate.attempt(name, PASSWORD, address()).valid()).isTrue();
  }

  @Test
  void unknownNamesRunThePasswordCheckAndLeaveNoTypedNameBehind() {
    String typed = "Passwort-statt-Name-" + UUID.randomUUID();
    long before = hasher.verifications();
    LoginGate.Outcome unknown = gate.attempt(typed, "irgendwas", address());
    assertThat(hasher.verifications() - before).as("password checks for an unknown name").isOne();
    assertThat(unknown.valid()).isFalse();
    assertThat(unknown.throttled()).isFalse();

    // the same outcome as a wrong password of a real account
    String name = account();
    LoginGate.Outcome wrong = gate.attempt(name, "falsch", address());
    assertThat(wrong.valid()).isFalse();
    assertThat(wrong.throttled()).isFalse();
    assertThat(wrong.result().getStatus()).isEqualTo(unknown.result().getStatus());

    caller.actAs("it-admin", Role.ADMIN);
    assertThat(
            auditLog
                .search(new AuditSearch(typed, null, null, null, null), PageRequest.of(0, 10))
                .rows())
        .isEmpty();
    List<AuditEntry> unknowns =
        auditLog
            .search(
                new AuditSearch(LoginService.UNKNOWN_NAME, "PortalUser", null, null, null),
                PageRequest.of(0, 10))
            .rows();
    assertThat(unknowns).isNotEmpty();
    assertThat(unknowns).noneMatch(e -> typed.equals(e.getSubject()));
    assertThat(unknowns).allMatch(e -> e.getAction() != AuditAction.LOGIN);
  }

  @Test
  void wrongCurrentPasswordsAtAPasswordChangeCountToo() {
    String name = account();
    String client = address();
    caller.actAs(name, Role.STAFF);
    for (int i = 0; i < 3; i++) {
      assertThat(ownAccount.changePassword("geraten-" + i, "ein-neues-passwort-1", client))
          .isFalse();
    }
    assertThatThrownBy(() -> ownAccount.changePassword(PASSWORD, "ein-neues-passwort-1", client))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::messageKey)
                    .containsExactly("login.throttled"));
    // from the sign-in's side the same address waits as well
    assertThat(gate.attempt(name, PASSWORD, client).throttled()).isTrue();
  }
}
