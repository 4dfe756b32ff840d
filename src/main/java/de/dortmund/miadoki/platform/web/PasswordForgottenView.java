package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.LoginSettings;
import de.dortmund.miadoki.platform.security.PasswordLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Passwort vergessen": asks for a link by user name or e-mail address and answers the same whether
 * or not such an account exists, so the page tells nobody who has an account.
 */
@Named
@RequestScoped
public class PasswordForgottenView {

  @Inject PasswordLinks passwordLinks;

  @NotBlank
  @Size(max = 254)
  private String nameOrEmail;

  private boolean sent;

  public void send() {
    passwordLinks.requestReset(nameOrEmail);
    sent = true;
    nameOrEmail = null;
  }

  /** With the city's directory, staff keep their password there; the page says so. */
  public boolean isDirectory() {
    return LoginSettings.mode() != LoginSettings.Mode.PORTAL;
  }

  public boolean isSent() {
    return sent;
  }

  public String getNameOrEmail() {
    return nameOrEmail;
  }

  public void setNameOrEmail(String nameOrEmail) {
    this.nameOrEmail = nameOrEmail;
  }
}
