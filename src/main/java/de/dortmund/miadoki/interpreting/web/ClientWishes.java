package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.ClientPreferences;
import de.dortmund.miadoki.interpreting.domain.ClientPreference;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The request page's client wishes, for coordinators: interpreters preferred for the client
 * reference, or never to be sent again.
 */
@Named
@ViewScoped
public class ClientWishes implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestPage page;
  @Inject ClientPreferences preferenceService;

  private List<ClientPreference> preferences = List.of();
  private Interpreter interpreter;
  private ClientPreference.Kind kind = ClientPreference.Kind.PREFERRED;

  @PostConstruct
  void init() {
    if (page.isCoordinator()) {
      preferences = preferenceService.forRequest(page.getId());
    }
  }

  /** Records the chosen interpreter as preferred or never to send for this client. */
  public String record() {
    preferenceService.record(page.getId(), interpreter.getId(), kind);
    return page.done("clientPreference.saved");
  }

  public String remove(long preferenceId) {
    preferenceService.remove(preferenceId);
    return page.done("clientPreference.removed");
  }

  public List<ClientPreference> getPreferences() {
    return preferences;
  }

  public ClientPreference.Kind[] getKinds() {
    return ClientPreference.Kind.values();
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public void setInterpreter(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  public ClientPreference.Kind getKind() {
    return kind;
  }

  public void setKind(ClientPreference.Kind kind) {
    this.kind = kind;
  }
}
