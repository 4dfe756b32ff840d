package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Iterator;
import org.omnifaces.util.Components;

/**
 * The one place where the failure of a screen's action becomes a message on the same page: a
 * concurrent change ("changed by someone else, reload"), a record that is gone, a refused access, a
 * broken domain rule and a refused parameter of a use case (Bean Validation), whose messages go to
 * their field when the submitted form has one of that id, else to the top. Screen beans call their
 * use case and let these through. Anything else, and the failure of a page's own loading (a refused
 * or unknown record in the address), goes on to the error pages.
 */
public class ActionFailures extends ExceptionHandlerWrapper {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ActionFailures.class.getName());

  public ActionFailures(ExceptionHandler wrapped) {
    super(wrapped);
  }

  /** Puts this handler in front of the one configured before it (OmniFaces' AJAX handler). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ActionFailures(getWrapped().getExceptionHandler());
    }
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.isPostback() && refusedAsBadRequest(context)) {
      return;
    }
    if (context != null && context.getPartialViewContext().isAjaxRequest()) {
      // (a plain postback's expired view is logged by BadPostbacks)
      logExpiredViews(context);
    }
    if (context != null
        && context.isPostback()
        && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        if (show(context, events.next().getContext().getException())) {
          events.remove();
        }
      }
    }
    getWrapped().handle();
  }

  /**
   * A postback whose page nonce belongs to no page this session was sent (PrimeFaces' {@code
   * CspException}): the client's error, answered with 400 and one log line, never the 500 page.
   */
  private boolean refusedAsBadRequest(FacesContext context) {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    boolean bad = false;
    while (events.hasNext()) {
      if (isBadRequest(events.next().getContext().getException())) {
        events.remove();
        bad = true;
      }
    }
    if (!bad) {
      return false;
    }
    try {
      BadPostbacks.refuse(
          (jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest(),
          (jakarta.servlet.http.HttpServletResponse) context.getExternalContext().getResponse(),
          "page nonce of another page");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    context.responseComplete();
    return true;
  }

  /** An expired view: one line in the log (the expired page follows, without a stack trace). */
  private void logExpiredViews(FacesContext context) {
    for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
      for (Throwable t = event.getContext().getException();
          t != null;
          t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof jakarta.faces.application.ViewExpiredException expired) {
          LOG.info(() -> "View expired: " + expired.getViewId() + " (AJAX)");
          break;
        }
      }
    }
  }

  static boolean isBadRequest(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }

  /** Shows the failure as messages if it is one of the expected kinds; false otherwise. */
  static boolean show(FacesContext context, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConcurrentChangeException || t instanceof OptimisticLockException) {
        Messages.error(null, "error.concurrentChange");
        return true;
      }
      if (t instanceof RecordNotFoundException) {
        Messages.error(null, "error.recordGone");
        return true;
      }
      if (t instanceof AccessDeniedException) {
        Messages.error(null, "error.actionRefused");
        return true;
      }
      if (t instanceof ConstraintViolationException invalid) {
        // a use case's parameter check: the message of the bundles, at the field of that name
        for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
          String field = null;
          for (Path.Node node : v.getPropertyPath()) {
            field = node.getName();
          }
          Messages.errorText(fieldOf(field), v.getMessage());
        }
        return true;
      }
      if (t instanceof RuleViolationException broken) {
        boolean atFields = false;
        for (RuleViolation v : broken.violations()) {
          String field = fieldOf(v.field());
          Messages.error(field, v.messageKey(), v.details().toArray());
          atFields |= field != null;
        }
        if (atFields) {
          // the top of the page says that nothing happened; the fields say why
          Messages.error(null, "error.notSaved");
        }
        return true;
      }
    }
    return false;
  }

  /** The client id of the field in the submitted form, or null for a message at the top. */
  private static String fieldOf(String field) {
    if (field == null) {
      return null;
    }
    UIForm form = Components.getCurrentForm();
    UIComponent input = form == null ? null : form.findComponent(field);
    return input == null ? null : input.getClientId();
  }
}
