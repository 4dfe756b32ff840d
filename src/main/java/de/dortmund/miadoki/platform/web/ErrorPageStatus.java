package de.dortmund.miadoki.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The status of an error page that is the client's matter (an expired view): 400, not the 500 the
 * error page mechanism gives every exception.
 */
@Named
@RequestScoped
public class ErrorPageStatus {

  public void clientError() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!context.getPartialViewContext().isAjaxRequest()
        && !context.getExternalContext().isResponseCommitted()) {
      context.getExternalContext().setResponseStatus(400);
    }
  }
}
