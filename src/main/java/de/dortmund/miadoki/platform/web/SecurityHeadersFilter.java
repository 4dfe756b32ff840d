package de.dortmund.miadoki.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy (with script
 * nonces) from PrimeFaces; everything else gets a strict one here. Pages and API answers may hold
 * personal data, so they are never stored by browsers or proxies; static resources may be cached.
 * Cookies get {@code SameSite=Lax} (see {@link SameSiteCookies}); over HTTPS ({@link
 * TransportSecurity}) they are {@code Secure} and the browser is told to use HTTPS only (HSTS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String RESOURCE_PATH = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean staticResource = path.startsWith(RESOURCE_PATH) || path.startsWith("/resources/");
    if (!staticResource) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (!path.endsWith(".xhtml") && !path.equals("/") && !staticResource) {
      response.setHeader(
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    }
    boolean https = TransportSecurity.isHttps(request);
    if (https) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    // generous buffer: the cookie attributes can be fixed until the page is complete
    response.setBufferSize(Math.max(response.getBufferSize(), 128 * 1024));
    SameSiteCookies cookies = new SameSiteCookies(response, https);
    try {
      chain.doFilter(request, cookies);
    } finally {
      cookies.fix();
    }
  }
}
