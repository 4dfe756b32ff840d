package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Absolute links for e-mails and the server log. The portal's public address is configuration, the
 * setting {@code miadoki.portal.url} (e.g. {@code https://portal.intern.example}); it never comes
 * from a request, whose {@code Host} header a caller chooses. Outside demo mode the portal does not
 * start without it ({@link #requireConfigured()}); a demo runs at {@value #DEMO_URL}.
 */
@ApplicationScoped
public class PortalLinks {

  public static final String SETTING = "miadoki.portal.url";
  static final String DEMO_URL = "http://localhost:8080";

  /** The address links start with, without a trailing slash. */
  public static Optional<String> configured() {
    return Settings.get(SETTING).map(url -> url.replaceAll("/+$", ""));
  }

  /**
   * Stops the start of a portal that could not write a correct link: outside demo mode the address
   * must be set, and it must be an absolute http(s) address.
   */
  public static void requireConfigured() {
    Optional<String> url = configured();
    if (url.isEmpty()) {
      if (Settings.demo()) {
        return;
      }
      throw new IllegalStateException(
          "The portal's address is not configured. Set "
              + SETTING
              + " (system property) or "
              + Settings.environmentName(SETTING)
              + " (environment) to the address people open the portal at, e.g."
              + " https://miadoki.intern.example, so that links in mails lead there.");
    }
    try {
      URI uri = new URI(url.get());
      if (!uri.isAbsolute()
          || uri.getHost() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new URISyntaxException(url.get(), "not an absolute http(s) address");
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          SETTING + " must be an absolute http(s) address, not \"" + url.get() + "\"", e);
    }
  }

  /** The absolute address of {@code path} (which starts with a slash). */
  public String to(String path) {
    return configured().orElse(DEMO_URL) + path;
  }
}
