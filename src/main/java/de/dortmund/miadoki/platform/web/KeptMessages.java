package de.dortmund.miadoki.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.RequestDispatcher;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Messages kept over a redirect (post-redirect-get, {@link Messages#keepOverRedirect}) travel in
 * the session, not in Faces' flash: Mojarra keeps the flash in the memory of the server that wrote
 * its cookie, so after a failover to another server of a cluster the flash cookie cannot be read
 * there and the redirect itself fails. The session is replicated; the messages arrive on whichever
 * server renders the next page.
 */
public class KeptMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  static final String KEEP = KeptMessages.class.getName() + ".keep";
  static final String KEPT = KeptMessages.class.getName() + ".kept";

  /** One message with the id of the component it belongs to (null: the page's). */
  record Kept(String clientId, FacesMessage message) implements Serializable {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    if (event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
      return;
    }
    FacesContext context = event.getFacesContext();
    if (context.getExternalContext().getSession(false) == null
        || context.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION)
            != null) {
      // an error page ("please try again") is no place for "saved": the next page shows them
      return;
    }
    Map<String, Object> session = context.getExternalContext().getSessionMap();
    Object kept = session.remove(KEPT);
    if (kept instanceof List<?> messages) {
      for (Object each : messages) {
        Kept message = (Kept) each;
        context.addMessage(message.clientId(), message.message());
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.getResponseComplete() || context.getAttributes().remove(KEEP) == null) {
      return;
    }
    List<Kept> messages = new ArrayList<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      for (Iterator<FacesMessage> each = context.getMessages(clientId); each.hasNext(); ) {
        messages.add(new Kept(clientId, each.next()));
      }
    }
    if (!messages.isEmpty()) {
      context.getExternalContext().getSessionMap().put(KEPT, messages);
    }
  }
}
