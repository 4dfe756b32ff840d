package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.persistence.DatabaseUnavailable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * The status of an error page: 400 for what is the client's matter (an expired view), not the 500
 * the error page mechanism gives every exception; 503 with a "please try again" when the failure
 * was the database being away (restarted, unreachable), which passes by itself.
 */
@Named
@RequestScoped
public class ErrorPageStatus {

  /** Seconds a client is asked to wait before it tries again while the database is away. */
  static final String RETRY_AFTER_SECONDS = "30";

  private Boolean unavailable;

  public void clientError() {
    setStatus(400);
  }

  /** For the general error page: 503 and a hint to wait if the database was away. */
  public void serverError() {
    if (isUnavailable()) {
      FacesContext context = FacesContext.getCurrentInstance();
      if (setStatus(503)) {
        context.getExternalContext().setResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
      }
    }
  }

  /** Whether the failure this error page shows was the database being unreachable. */
  public boolean isUnavailable() {
    if (unavailable == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
      unavailable = failure instanceof Throwable t && DatabaseUnavailable.causedBy(t);
    }
    return unavailable;
  }

  private static boolean setStatus(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getPartialViewContext().isAjaxRequest()
        || context.getExternalContext().isResponseCommitted()) {
      return false;
    }
    context.getExternalContext().setResponseStatus(status);
    return true;
  }
}
