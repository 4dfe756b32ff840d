package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.FormLogin;
import de.dortmund.miadoki.platform.security.LoginSettings;
import de.dortmund.miadoki.platform.security.OwnAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form: authenticates through Jakarta Security, then opens the home page. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext securityContext;
  @Inject OwnAccount ownAccount;
  @Inject LocaleSelector localeSelector;
  @Inject jakarta.enterprise.inject.Instance<PublicPageContribution> publicPages;

  @NotBlank private String username;
  @NotBlank private String password;

  public void login() throws IOException {
    if (username == null || password == null) {
      // a postback without the form's fields (not from the page): the same answer as any failure
      Messages.error(null, "login.failed");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    // a fresh session id at login: an id known before the login is worthless afterwards
    request.getSession(true);
    request.changeSessionId();

    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> {
        ownAccount.me().ifPresent(u -> localeSelector.applyAtLogin(u.getLocale()));
        faces.responseComplete();
      }
      case SUCCESS -> {
        ownAccount.me().ifPresent(u -> localeSelector.applyAtLogin(u.getLocale()));
        external.redirect(FormLogin.returnPath(request));
      }
      default -> {
        password = null;
        // the same answer for unknown names, deactivated accounts and wrong passwords
        Object wait = request.getAttribute(FormLogin.WAIT);
        if (wait instanceof java.time.Duration d) {
          Messages.error(null, "login.throttled", Math.max(1, d.toSeconds() + 1));
        } else {
          Messages.error(null, "login.failed");
        }
      }
    }
  }

  /** With the city's single sign-on, the page only leads there. */
  /** The modules' pages that need no login, linked below the form. */
  public java.util.List<PublicPageContribution.Link> getPublicLinks() {
    return publicPages.stream().flatMap(p -> p.links().stream()).toList();
  }

  public boolean isSingleSignOn() {
    return LoginSettings.mode() == LoginSettings.Mode.OIDC;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
