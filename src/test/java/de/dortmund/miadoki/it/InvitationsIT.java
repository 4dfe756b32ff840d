package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.it.support.AccountFixtures;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.AccountForm;
import de.dortmund.miadoki.platform.security.AccountToken;
import de.dortmund.miadoki.platform.security.Invitations;
import de.dortmund.miadoki.platform.security.PasswordLinks;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UsernameTakenException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations and password links in the server: who may invite whom, what an invitation creates and
 * mails, sending again, and the reset that answers the same for every name.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject Invitations invitations;
  @Inject PasswordLinks passwordLinks;
  @Inject InterpreterDirectory directory;
  @Inject PoolFixtures fixtures;
  @Inject AccountFixtures accounts;

  private static AccountForm form(String displayName, Role... roles) {
    String username = PoolFixtures.unique("einl").toLowerCase();
    AccountForm form = new AccountForm();
    form.setUsername(username);
    form.setDisplayName(displayName);
    form.setEmail(username + "@example.org");
    form.setRoles(EnumSet.of(roles[0], roles));
    return form;
  }

  @Test
  void eachManagingRoleInvitesForTheRolesItLooksAfterAndAdministratorsForAny() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(invitations.invitableRoles()).containsExactly(Role.INTERPRETER);
    caller.actAs("it-training", Role.TRAINING_MANAGER);
    assertThat(invitations.invitableRoles()).containsExactly(Role.TRAINER);
    caller.actAs("it-awards", Role.AWARD_MANAGER);
    assertThat(invitations.invitableRoles()).containsExactly(Role.JUROR);
    caller.actAs("it-admin", Role.ADMIN);
    assertThat(invitations.invitableRoles()).containsExactlyInAnyOrder(Role.values());

    caller.actAs("it-training", Role.TRAINING_MANAGER);
    PortalUser trainer = invitations.invite(form("Trainerin Mai Linh Phạm", Role.TRAINER));
    assertThat(trainer.getRoles()).containsExactly(Role.TRAINER);

    AccountForm juror = form("Jurymitglied Rêzan Aslan", Role.JUROR);
    assertThatThrownBy(() -> invitations.invite(juror)).isInstanceOf(RuleViolationException.class);
    assertThat(accountCount(juror.getUsername())).as("nothing half-saved").isZero();

    caller.actAs("it-staff", Role.STAFF);
    assertThatThrownBy(() -> invitations.invite(form("X", Role.STAFF)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anInvitationCreatesAnAccountThatCannotSignInYetAndMailsASingleUseLink() {
    caller.actAs("it-awards", Role.AWARD_MANAGER);
    AccountForm form = form("Fatma Yıldız", Role.JUROR);
    PortalUser juror = invitations.invite(form);

    List<OutboxMessage> mails = fixtures.mailsTo(form.getEmail());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Einladung in das MIA-DO-KI Portal");
    assertThat(mails.get(0).getBody())
        .contains("Guten Tag Fatma Yıldız")
        .contains(form.getUsername())
        .containsPattern("/password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
    assertThat(invitations.pending())
        .extracting(Invitations.Pending::username)
        .contains(form.getUsername());

    assertThatThrownBy(() -> invitations.invite(form)).isInstanceOf(UsernameTakenException.class);

    // sent again: a new link, the earlier one no longer works
    String first = token(mails.get(0).getBody());
    assertThat(passwordLinks.check(first)).isPresent();
    invitations.resend(juror.getId());
    assertThat(passwordLinks.check(first)).isEmpty();
    String second = token(fixtures.mailsTo(form.getEmail()).get(1).getBody());
    assertThat(passwordLinks.check(second))
        .hasValueSatisfying(
            l -> assertThat(l.purpose()).isEqualTo(AccountToken.Purpose.INVITATION));

    assertThat(passwordLinks.setPassword(second, "Jury-Passwort-2026")).isTrue();
    assertThat(passwordLinks.setPassword(second, "Noch-einmal-2026")).as("used up").isFalse();
    assertThat(invitations.pending())
        .extracting(Invitations.Pending::username)
        .doesNotContain(form.getUsername());
  }

  @Test
  void theCoordinationInvitesAnInterpreterWhoseProfileIsLinkedToTheAccount() {
    Interpreter interpreter = fixtures.interpreterWithoutAccount("Ngọc Anh", "Lê");
    caller.actAs("it-coordinator", Role.COORDINATOR);
    String username = PoolFixtures.unique("ngoc.anh.le").toLowerCase();

    Interpreter linked =
        directory.inviteToPortal(interpreter.getId(), interpreter.getVersion(), username);

    assertThat(linked.getUsername()).isEqualTo(username);
    assertThat(accounts.find(username).getRoles()).containsExactly(Role.INTERPRETER);
    assertThat(fixtures.mailsTo(interpreter.getEmail())).hasSize(1);
    assertThatThrownBy(
            () -> directory.inviteToPortal(linked.getId(), linked.getVersion(), username + "x"))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aResetIsMailedOnlyForAnExistingPortalAccountAndNotTwiceWithinMinutes() {
    String name = fixtures.account("reset", "Dilan Arslan", "SOZ", Role.STAFF);
    caller.anonymous();

    passwordLinks.requestReset("gibt-es-nicht-" + name);
    passwordLinks.requestReset(name.toUpperCase());
    passwordLinks.requestReset(name + "@example.org");

    List<OutboxMessage> mails = fixtures.mailsTo(name + "@example.org");
    // the welcome mail of the account, then one reset mail: the second ask came too soon
    assertThat(mails)
        .extracting(OutboxMessage::getSubject)
        .containsExactly(
            "Ihr Konto im MIA-DO-KI Portal", "Neues Passwort für das MIA-DO-KI Portal");
    assertThat(mails.get(1).getBody()).contains("2 Stunden");
    assertThat(fixtures.mailsTo("gibt-es-nicht-" + name)).isEmpty();

    accounts.change(name, "deactivate");
    String link = token(mails.get(1).getBody());
    assertThat(passwordLinks.check(link)).as("a deactivated account's link").isEmpty();
  }

  private long accountCount(String username) {
    return fixtures.read(
        em ->
            em.createQuery("select count(u) from PortalUser u where u.username = :n", Long.class)
                .setParameter("n", username)
                .getSingleResult());
  }

  private static String token(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
