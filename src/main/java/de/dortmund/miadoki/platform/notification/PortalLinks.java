package de.dortmund.miadoki.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links for e-mails. The portal's public address comes from the system property {@code
 * miadoki.portal.url} (e.g. {@code https://portal.intern.example/}); without it, from the address
 * under which the portal was last reached, which is right for a single server without a proxy.
 */
@ApplicationScoped
public class PortalLinks {

  public static final String PROPERTY = "miadoki.portal.url";

  private volatile String observed;

  /** Remembers the address of a request when no address is configured. */
  public void observe(HttpServletRequest request) {
    if (observed == null && System.getProperty(PROPERTY) == null) {
      String url = request.getRequestURL().toString();
      int pathStart = url.indexOf('/', url.indexOf("//") + 2);
      String origin = pathStart < 0 ? url : url.substring(0, pathStart);
      observed = origin + request.getContextPath();
    }
  }

  /** The absolute address of {@code path} (which starts with a slash). */
  public String to(String path) {
    String base =
        System.getProperty(PROPERTY, observed == null ? "http://localhost:8080" : observed);
    return base.replaceAll("/+$", "") + path;
  }
}
