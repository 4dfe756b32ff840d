package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends an open session when its account was deactivated or got a new password after the session
 * signed in, or when it signed in longer ago than the absolute lifetime ({@value #MAX_HOURS}); the
 * person is sent to the login page (an AJAX request gets the redirect the Faces way). The account's
 * roles count from the next request on ({@link CurrentUser} reads them from {@link AccountStates}).
 */
@ApplicationScoped
public class SessionGuard {

  static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".signedInAt";

  /** The setting for the sessions' absolute lifetime in hours (default 10). */
  public static final String MAX_HOURS = "miadoki.session.max-hours";

  @Inject AccountStates states;
  @Inject Clock clock;

  /** Marks when the session signed in (or its own password changed): later changes end it. */
  public static void signedIn(HttpSession session, Instant at) {
    session.setAttribute(SIGNED_IN_AT, at);
  }

  /**
   * Ends the request's session if its account changed since it signed in, and sends the person to
   * the login; true when it did (the request is answered). Called first by {@link PageGuard}, so
   * that no page is judged by an outdated session.
   */
  public boolean endedOutdated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() != null && session != null) {
      Instant since = (Instant) session.getAttribute(SIGNED_IN_AT);
      if (since == null) {
        // signed in by the city's single sign-on, which this portal's login did not see
        since = clock.instant();
        signedIn(session, since);
      }
      Optional<AccountStates.AccountState> state = states.of(request.getUserPrincipal().getName());
      if (tooOld(since, clock.instant(), MAX_LIFETIME)
          || (state.isPresent() && outdated(state.get(), since))) {
        session.invalidate();
        sendToLogin(request, response);
        return true;
      }
    }
    return false;
  }

  /** The longest a signed-in session lasts however active it is ({@value #MAX_HOURS}, 10 h). */
  static java.time.Duration maxLifetime() {
    return MAX_LIFETIME;
  }

  private static final java.time.Duration MAX_LIFETIME = readMaxLifetime();

  private static java.time.Duration readMaxLifetime() {
    return java.time.Duration.ofMinutes(
        de.dortmund.miadoki.platform.config.Settings.get(MAX_HOURS)
            .map(h -> Math.round(Double.parseDouble(h) * 60))
            .orElse(600L));
  }

  /** Whether a session signed in at {@code since} has outlived {@code lifetime} at {@code now}. */
  static boolean tooOld(Instant since, Instant now, java.time.Duration lifetime) {
    return !since.plus(lifetime).isAfter(now);
  }

  private static boolean outdated(AccountStates.AccountState state, Instant since) {
    return !state.active()
        || (state.credentialsChangedAt() != null && state.credentialsChangedAt().isAfter(since));
  }

  private static void sendToLogin(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login = request.getContextPath() + FormLogin.LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(login);
  }
}
