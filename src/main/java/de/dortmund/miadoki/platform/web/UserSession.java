package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.OwnAccount;
import de.dortmund.miadoki.platform.security.PortalUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The header's view of the logged-in person, and logout. */
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

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
