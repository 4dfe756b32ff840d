package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.OwnAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The person's own settings: password change (the language is switched in the header). */
@Named
@RequestScoped
public class AccountView {

  @Inject OwnAccount ownAccount;

  @NotBlank private String currentPassword;

  @NotBlank
  @Size(min = 10, max = 200, message = "{user.password.size}")
  private String newPassword;

  @NotBlank private String repeatPassword;

  public void changePassword() {
    if (!newPassword.equals(repeatPassword)) {
      Messages.error("passwordForm:repeatPassword", "account.password.mismatch");
      return;
    }
    if (!ownAccount.changePassword(currentPassword, newPassword)) {
      Messages.error("passwordForm:currentPassword", "account.password.wrongCurrent");
      return;
    }
    Messages.info("account.password.changed");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
