package de.dortmund.miadoki.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new password typed twice, as every form that sets one asks for it ({@code newPassword} and
 * {@code repeatPassword} in the form): the length is checked at the field, the repetition by {@link
 * #repeatedIn}.
 */
public class NewPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(min = 10, max = 200, message = "{user.password.size}")
  private String newPassword;

  @NotBlank private String repeatPassword;

  /** Whether both fields agree; if not, the message stands at the form's repetition field. */
  public boolean repeatedIn(String formId) {
    if (!newPassword.equals(repeatPassword)) {
      Messages.error(formId + ":repeatPassword", "account.password.mismatch");
      return false;
    }
    return true;
  }

  /** Forgets what was typed once it is used. */
  public void clear() {
    newPassword = null;
    repeatPassword = null;
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
