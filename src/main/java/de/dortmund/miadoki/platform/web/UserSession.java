package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.OwnAccount;
import de.dortmund.miadoki.platform.security.PortalUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's view of the logged-in person (logout: {@link
 * de.dortmund.miadoki.platform.security.Logout}).
 */
@Named
@RequestScoped
public class UserSession {

  @Inject OwnAccount ownAccount;

  private PortalUser user;

  @PostConstruct
  void load() {
    user = ownAccount.me().orElse(null);
  }

  public boolean isLoggedIn() {
    return user != null;
  }

  public String getDisplayName() {
    return user == null ? "" : user.getDisplayName();
  }

  public String getDepartmentName() {
    return user == null || user.getDepartment() == null ? "" : user.getDepartment().getName();
  }
}
