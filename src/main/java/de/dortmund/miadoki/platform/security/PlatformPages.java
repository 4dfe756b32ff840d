package de.dortmund.miadoki.platform.security;

import static de.dortmund.miadoki.platform.security.PageRule.open;
import static de.dortmund.miadoki.platform.security.PageRule.roles;
import static de.dortmund.miadoki.platform.security.PageRule.signedIn;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's pages: login and public pages, home and own account, administration. */
@ApplicationScoped
public class PlatformPages implements PageRules {

  @Override
  public List<PageRule> pages() {
    return List.of(
        open(FormLogin.LOGIN_PAGE),
        open("/accessibility.xhtml"),
        open(PasswordLinks.PAGE_PATH),
        open("/password-forgotten.xhtml"),
        open(Logout.PATH),
        open("/favicon.ico"),
        open("/jakarta.faces.resource/*"),
        open("/resources/*"),
        open("/api/*"),
        open(OpenIdLogin.START),
        signedIn(OpenIdLogin.CALLBACK),
        signedIn("/"),
        signedIn("/index.xhtml"),
        signedIn("/account/*"),
        roles("/admin/*", Role.ADMIN),
        roles(
            "/accounts/*", Role.ADMIN, Role.COORDINATOR, Role.TRAINING_MANAGER, Role.AWARD_MANAGER),
        roles("/organisation/*", Role.ADMIN, Role.COORDINATOR));
  }
}
