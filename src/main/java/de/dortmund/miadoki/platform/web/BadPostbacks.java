package de.dortmund.miadoki.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Refuses a form submission to a page that no page of the portal sent: every postback of the
 * portal's pages carries the page's script nonce ({@code primefaces.nonce}, the Base64 of a UUID);
 * without it, or with something else in its place, the request is the client's error and is
 * answered with 400 and one line in the log, before Faces would fail on it with a stack trace. A
 * nonce of the right form but of another page is refused the same way by {@link ActionFailures}.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class BadPostbacks extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BadPostbacks.class.getName());

  static final String NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && request.getParameter("jakarta.faces.ViewState") != null
        && !isWellFormedNonce(request.getParameter(NONCE))) {
      refuse(request, response, "no valid page nonce");
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!"POST".equals(request.getMethod()) || !expired(e) || response.isCommitted()) {
        throw e;
      }
      // a view state the server does not hold (expired, or from elsewhere): the expired page
      // with 400 and one line in the log, not the container's stack trace
      LOG.info(() -> "View expired: POST " + request.getRequestURI());
      response.reset();
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainGet(request), response);
    }
  }

  static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

  private static boolean expired(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.faces.application.ViewExpiredException) {
        return true;
      }
      if (t instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != t) {
        if (expired(s.getRootCause())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The request as a plain GET without parameters, so that the page is drawn afresh. */
  private static final class PlainGet extends jakarta.servlet.http.HttpServletRequestWrapper {

    PlainGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      return java.util.Map.of();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }

  /** Whether {@code nonce} is what PrimeFaces sends: Base64 of a UUID. */
  static boolean isWellFormedNonce(String nonce) {
    if (nonce == null || nonce.isBlank() || nonce.length() > 100) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Answers 400 with a short page of its own (no error page: it would be a postback too). */
  static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    LOG.warning(
        () ->
            "Bad request refused ("
                + why
                + "): "
                + request.getMethod()
                + " "
                + request.getRequestURI());
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>"
                + "Ungültige Anfrage</title></head><body><h1>Ungültige Anfrage / Bad request</h1>"
                + "<p><a href=\""
                + request.getContextPath()
                + "/index.xhtml\">Zur Startseite / Home</a></p></body></html>");
  }
}
