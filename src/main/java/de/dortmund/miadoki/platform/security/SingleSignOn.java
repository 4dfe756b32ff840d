package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Mode {@code oidc}: the city's OpenID Connect provider signs people in (authorization code flow);
 * the portal's login page is not used. The roles come from {@link PortalIdentityStore}, by the user
 * name in the configured claim. Every value is server configuration, see {@link LoginSettings}.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${portalLogin.oidcProvider}",
    clientId = "${portalLogin.oidcClientId}",
    clientSecret = "${portalLogin.oidcClientSecret}",
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "${portalLogin.oidcNameClaim}"),
    redirectURI = "${baseURL}" + SingleSignOn.CALLBACK)
@ApplicationScoped
public class SingleSignOn {

  /** Where the provider sends the browser back; once signed in, the person goes home from there. */
  static final String CALLBACK = "/sso-callback";

  /** The end of the sign-in: the mechanism has taken the code before this runs. */
  @WebServlet(CALLBACK)
  public static class Callback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
  }
}
