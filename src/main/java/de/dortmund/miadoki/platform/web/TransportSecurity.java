package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the browser reached the portal over HTTPS: directly ({@code request.isSecure()}), through
 * a trusted proxy that says so ({@code X-Forwarded-Proto: https} from an address in {@code
 * miadoki.trusted-proxies}), or always, when IT sets {@code miadoki.https=true} because the city's
 * TLS proxy is the only way in.
 */
public final class TransportSecurity {

  public static final String HTTPS = "miadoki.https";

  /** Read once: a server setting. */
  private static final boolean ALWAYS =
      Settings.get(HTTPS).map(Boolean::parseBoolean).orElse(false);

  private TransportSecurity() {}

  public static boolean isHttps(HttpServletRequest request) {
    if (ALWAYS || request.isSecure()) {
      return true;
    }
    return ClientAddresses.isTrustedProxy(request.getRemoteAddr())
        && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
