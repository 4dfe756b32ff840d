package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.AccountForm;
import de.dortmund.miadoki.platform.security.Invitations;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * Invitations: a person from outside the city's staff gets an account for the roles the inviter
 * looks after; the list shows the invitations not yet taken up, each can be sent again.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invitations invitations;

  private AccountForm form = new AccountForm();
  private List<Role> roles;
  private List<Invitations.Pending> pending;

  @PostConstruct
  void init() {
    roles = List.copyOf(invitations.invitableRoles());
    if (roles.size() == 1) {
      form.setRoles(java.util.EnumSet.of(roles.get(0)));
    }
    pending = invitations.pending();
  }

  public void invite() {
    PortalUser user = invitations.invite(form);
    Messages.info("invitations.sent", user.getDisplayName(), user.getEmail());
    form = new AccountForm();
    if (roles.size() == 1) {
      form.setRoles(java.util.EnumSet.of(roles.get(0)));
    }
    pending = invitations.pending();
  }

  public void resend(Invitations.Pending invitation) {
    invitations.resend(invitation.userId());
    Messages.info("invitations.resent", invitation.displayName(), invitation.email());
    pending = invitations.pending();
  }

  /** Whether the caller invites interpreters, who are better invited from their profile. */
  public boolean isInterpreters() {
    return roles.contains(Role.INTERPRETER);
  }

  public AccountForm getForm() {
    return form;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public List<Invitations.Pending> getPending() {
    return pending;
  }
}
