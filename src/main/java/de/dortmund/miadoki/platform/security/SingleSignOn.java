package de.dortmund.miadoki.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Mode {@code oidc}: the login page's button "Mit dem Konto der Stadtverwaltung anmelden" opens
 * {@value OpenIdLogin#START}, which sends the browser to the city's provider ({@link OpenIdLogin});
 * its answer at {@value OpenIdLogin#CALLBACK} is taken by {@link FormLogin} before {@link Callback}
 * leads on to the page the person wanted.
 */
@WebServlet(OpenIdLogin.START)
public class SingleSignOn extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject transient OpenIdLogin openId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (LoginSettings.mode() != LoginSettings.Mode.OIDC) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      response.sendRedirect(openId.start(request));
    } catch (OpenIdLogin.Refused e) {
      LOG.warning(() -> "Single sign-on not started: " + e.getMessage());
      response.sendRedirect(
          request.getContextPath() + FormLogin.LOGIN_PAGE + "?" + FormLogin.SSO_FAILED);
    }
  }

  /** The end of the sign-in: {@link FormLogin} has taken the provider's answer before this runs. */
  @WebServlet(OpenIdLogin.CALLBACK)
  public static class Callback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.sendRedirect(FormLogin.returnPath(request));
    }
  }
}
