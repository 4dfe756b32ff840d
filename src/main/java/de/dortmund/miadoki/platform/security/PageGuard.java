package de.dortmund.miadoki.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends a session whose account changed ({@link SessionGuard}), then enforces the page rules ({@link
 * PageAccess}) on every request: a page no module declares does not exist (404); a signed-in person
 * without one of the page's roles is refused (403, audited by {@link Refusals}). The login itself
 * is asked for by the server's constraint in web.xml, before.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PageGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient PageAccess access;
  @Inject transient CurrentUser currentUser;
  @Inject transient SessionGuard sessions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (sessions.endedOutdated(request, response)) {
      return;
    }
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<PageRule> rule = access.ruleFor(path);
    if (rule.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PageRule page = rule.get();
    if (page.audience() == PageRule.Audience.ROLES && !page.allows(currentUser.roles())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
