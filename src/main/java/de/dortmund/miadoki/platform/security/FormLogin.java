package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.util.Set;

/**
 * The portal's login page as a Jakarta Security mechanism, in the modes {@code portal} and {@code
 * ldap} (see {@link LoginSettings}); {@link LoginSelection} removes it when single sign-on takes
 * over.
 *
 * <p>At login the identity stores check the credential; the caller's name and roles are then kept
 * in the session and handed to the container with every request. (The declarative form mechanism
 * lets the container find the roles again in the session's subject instead, and under load Payara 6
 * then now and then answers a signed-in person's request with 403.)
 */
@ApplicationScoped
public class FormLogin implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String CALLER = FormLogin.class.getName() + ".caller";
  private static final String RETURN_TO = FormLogin.class.getName() + ".returnTo";

  /** Who signed in in this session, with the roles the identity stores gave at login. */
  record Caller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;
  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID
          || result.getCallerGroups().isEmpty()) {
        // no roles: someone the directory knows whose portal account is refused (deactivated,
        // or the name of someone else's account)
        return AuthenticationStatus.SEND_FAILURE;
      }
      Caller caller =
          new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
      request.getSession().setAttribute(CALLER, caller);
      SessionGuard.signedIn(request.getSession(), clock.instant());
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    HttpSession session = request.getSession(false);
    Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      if (isPageView(request)) {
        String query = request.getQueryString();
        request
            .getSession()
            .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * Whether the request is someone opening a page, the only place worth returning to after the
   * login: not what the browser asks for by itself (an icon, a style sheet), an AJAX request or a
   * download.
   */
  static boolean isPageView(HttpServletRequest request) {
    String path = request.getServletPath();
    return "GET".equals(request.getMethod())
        && request.getHeader("Faces-Request") == null
        && (path.endsWith(".xhtml") || path.equals("/"))
        && !path.startsWith("/jakarta.faces.resource/");
  }

  /** The page someone wanted before being sent to the login, once; else the home page. */
  public static String returnPath(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object path = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    return path instanceof String p && p.startsWith(request.getContextPath() + "/")
        ? p
        : request.getContextPath() + "/index.xhtml";
  }
}
