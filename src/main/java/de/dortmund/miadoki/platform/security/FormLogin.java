package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The portal's one login mechanism (Jakarta Security), in every mode (see {@link LoginSettings}):
 * the login page's form, checked by the identity stores, and in mode {@code oidc} also the city's
 * single sign-on, whose answer it takes at {@value OpenIdLogin#CALLBACK} ({@link OpenIdLogin}).
 *
 * <p>At login the identity stores check the credential; the caller's name and roles are then kept
 * in the session and handed to the container with every request. (The declarative form mechanism
 * lets the container find the roles again in the session's subject instead, and under load Payara 6
 * then now and then answers a signed-in person's request with 403.)
 */
@ApplicationScoped
public class FormLogin implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** The login page's query after a failed single sign-on: the page says so. */
  public static final String SSO_FAILED = "sso=failed";

  private static final String CALLER = FormLogin.class.getName() + ".caller";

  /** Set on a sign-in the throttle refused: how long the address has to wait ({@code Duration}). */
  public static final String WAIT = FormLogin.class.getName() + ".wait";

  private static final String RETURN_TO = FormLogin.class.getName() + ".returnTo";

  /** Who signed in in this session, with the roles the identity stores gave at login. */
  record Caller(String name, Set<String> groups) implements Serializable {}

  private static final Logger LOG = Logger.getLogger(FormLogin.class.getName());

  @Inject LoginGate gate;
  @Inject Clock clock;
  @Inject OpenIdLogin openId;
  @Inject LoginService loginService;

  private final boolean singleSignOn = LoginSettings.mode() == LoginSettings.Mode.OIDC;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      LoginGate.Outcome outcome =
          gate.attempt(login.getCaller(), login.getPasswordAsString(), ClientAddresses.of(request));
      if (outcome.throttled()) {
        request.setAttribute(WAIT, outcome.delay());
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (!outcome.valid()) {
        // no roles: someone the directory knows whose portal account is refused (deactivated,
        // or the name of someone else's account)
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult result = outcome.result();
      return signIn(
          request,
          context,
          new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    }
    if (singleSignOn && OpenIdLogin.CALLBACK.equals(request.getServletPath())) {
      return providersAnswer(request, context);
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
   * Mode {@code oidc}: the city's provider sent the browser back. A verified answer signs the
   * person in with the roles of the account that {@link LoginService#signedInByCityService} finds
   * or creates; anything else leads to the login page, which says the sign-in failed.
   */
  private AuthenticationStatus providersAnswer(
      HttpServletRequest request, HttpMessageContext context) {
    String failed = request.getContextPath() + LOGIN_PAGE + "?" + SSO_FAILED;
    StaffPerson person;
    try {
      person = openId.finish(request);
    } catch (OpenIdLogin.Refused e) {
      LOG.warning(() -> "Single sign-on refused: " + e.getMessage());
      return context.redirect(failed);
    }
    Optional<LoginService.SignedIn> signedIn = loginService.signedInBySingleSignOn(person);
    if (signedIn.isEmpty() || signedIn.get().groups().isEmpty()) {
      return context.redirect(failed);
    }
    // a fresh session id at login: an id known before the login is worthless afterwards
    request.changeSessionId();
    return signIn(
        request,
        context,
        new Caller(signedIn.get().username(), Set.copyOf(signedIn.get().groups())));
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Caller caller) {
    request.getSession().setAttribute(CALLER, caller);
    SessionGuard.signedIn(request.getSession(), clock.instant());
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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
    return path instanceof String p && isOwnPath(p, request.getContextPath())
        ? p
        : request.getContextPath() + "/index.xhtml";
  }

  /**
   * Whether {@code path} is a path of the portal's own: under its context path, and not one a
   * browser reads as another host ({@code //host}, {@code /\host}) or that carries line breaks.
   */
  static boolean isOwnPath(String path, String contextPath) {
    if (!path.startsWith(contextPath + "/")) {
      return false;
    }
    String own = path.substring(contextPath.length());
    return !own.startsWith("//")
        && own.indexOf('\\') < 0
        && own.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
