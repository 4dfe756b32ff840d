package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.config.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The address of the client behind a request, for limits per client. The forwarding header ({@code
 * X-Forwarded-For}) counts only when the request comes from a proxy the setting {@code
 * miadoki.trusted-proxies} names (addresses, comma-separated; e.g. the city's load balancer): then
 * the client is the nearest address in the header that is not itself a trusted proxy. Anyone else's
 * header is ignored, so that nobody picks the address they are counted under.
 */
public final class ClientAddresses {

  public static final String TRUSTED_PROXIES = "miadoki.trusted-proxies";

  /** Read once: a server setting, not something that changes between requests. */
  private static final List<String> TRUSTED = readTrustedProxies();

  private ClientAddresses() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
  }

  /**
   * The client for a connection from {@code remote} with the forwarding header {@code forwarded}.
   */
  static String of(String remote, String forwarded, List<String> trusted) {
    if (remote == null) {
      return "unknown";
    }
    if (!trusted.contains(remote) || forwarded == null || forwarded.isBlank()) {
      return remote;
    }
    List<String> hops =
        Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return remote;
  }

  /** Whether {@code address} is one of the configured trusted proxies. */
  public static boolean isTrustedProxy(String address) {
    return address != null && TRUSTED.contains(address);
  }

  private static List<String> readTrustedProxies() {
    return Settings.get(TRUSTED_PROXIES)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }
}
