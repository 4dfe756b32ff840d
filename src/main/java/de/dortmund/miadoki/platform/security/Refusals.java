package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a refusal with 403 and a missing record with 404, wherever in a request they were raised:
 * an exception would otherwise reach the server as an error (500), whatever page it shows. And
 * audits every refusal that ends on the "access denied" page, also those the server makes from the
 * role constraints of web.xml before any portal code runs; refusals by a service are audited there,
 * with the record, and are not counted twice.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class Refusals extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String AUDITED = Refusals.class.getName() + ".audited";

  @Inject transient AuditLog auditLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      auditPageRefusal(request);
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      if (causeOf(e, AccessDeniedException.class)) {
        request.setAttribute(AUDITED, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else if (causeOf(e, RecordNotFoundException.class)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        throw e;
      }
    }
  }

  private void auditPageRefusal(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)
        || request.getAttribute(AUDITED) != null
        || causeOf(
            (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
            AccessDeniedException.class)) {
      return;
    }
    request.setAttribute(AUDITED, Boolean.TRUE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
    auditLog.recordDenied("Page", path);
  }

  private static boolean causeOf(Throwable error, Class<? extends Throwable> kind) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
