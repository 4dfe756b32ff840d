package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.platform.security.AccountToken;
import de.dortmund.miadoki.platform.security.PasswordLinks;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Changes to accounts as an administrator makes them (through {@link UserAdministration}) or as the
 * owner of a mailed link does (through {@link PasswordLinks}), for tests of what such changes do to
 * open sessions.
 */
@ApplicationScoped
public class AccountFixtures {

  @PersistenceContext EntityManager em;
  @Inject TestCaller caller;
  @Inject UserAdministration users;
  @Inject PasswordLinks passwordLinks;
  @Inject AccountFixtures self;

  /**
   * Applies a change: {@code deactivate}, {@code activate}, {@code roles:A,B} (new roles), {@code
   * password:x} (reset by an administrator) or {@code link:x} (set through a reset link).
   */
  public void change(String username, String change) {
    caller.actAs("it-admin", Role.ADMIN);
    PortalUser user = self.find(username);
    String[] parts = change.split(":", 2);
    switch (parts[0]) {
      case "deactivate" -> users.setActive(user.getId(), user.getVersion(), false);
      case "activate" -> users.setActive(user.getId(), user.getVersion(), true);
      case "roles" -> {
        UserForm form = new UserForm();
        form.setUsername(user.getUsername());
        form.setDisplayName(user.getDisplayName());
        form.setEmail(user.getEmail());
        form.setDepartmentId(user.getDepartment() == null ? null : user.getDepartment().getId());
        form.setRoles(
            EnumSet.copyOf(Arrays.stream(parts[1].split(",")).map(Role::valueOf).toList()));
        form.setVersion(user.getVersion());
        users.update(user.getId(), form);
      }
      case "password" -> users.resetPassword(user.getId(), user.getVersion(), parts[1]);
      case "link" -> {
        String link = self.resetLink(username);
        if (!passwordLinks.setPassword(link.substring(link.indexOf("token=") + 6), parts[1])) {
          throw new IllegalStateException("The fresh link did not work");
        }
      }
      default -> throw new IllegalArgumentException(change);
    }
  }

  /** A working reset link of the account, as the mail would hold it. */
  @Transactional
  public String resetLink(String username) {
    return passwordLinks.issue(
        find(username), AccountToken.Purpose.PASSWORD_RESET, PasswordLinks.RESET);
  }

  @Transactional
  public PortalUser find(String username) {
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
