package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.ClientAddresses;
import de.dortmund.miadoki.platform.security.OwnAccount;
import de.dortmund.miadoki.platform.security.SessionGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;

/** The person's own settings: password change (the language is switched in the header). */
@Named
@RequestScoped
public class AccountView {

  @Inject OwnAccount ownAccount;
  @Inject Clock clock;

  @NotBlank private String currentPassword;

  private final NewPassword password = new NewPassword();

  public void changePassword() {
    if (!password.repeatedIn("passwordForm")) {
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!ownAccount.changePassword(
        currentPassword, password.getNewPassword(), ClientAddresses.of(request))) {
      Messages.error("passwordForm:currentPassword", "account.password.wrongCurrent");
      return;
    }
    // this session goes on; the others of the account end at their next request
    SessionGuard.signedIn(
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
        clock.instant());
    Messages.info("account.password.changed");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public NewPassword getPassword() {
    return password;
  }
}
