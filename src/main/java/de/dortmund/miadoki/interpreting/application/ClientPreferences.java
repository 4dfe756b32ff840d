package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.ClientPreference;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Preferred and never-again interpreters for a client reference of a department, kept by the
 * coordinators on a request of that client; matching reads them for every later request.
 */
@ApplicationScoped
@RequiresRole(Role.COORDINATOR)
public class ClientPreferences {

  @PersistenceContext EntityManager em;
  @Inject RequestService requests;
  @Inject AuditLog audit;
  @Inject Records records;

  /** The preferences that apply to the request's client. */
  @Transactional
  public List<ClientPreference> forRequest(@NotNull Long requestId) {
    InterpreterRequest request = requests.accessible(requestId);
    return em.createNamedQuery(ClientPreference.FOR_CLIENT, ClientPreference.class)
        .setParameter("client", request.getClientKey())
        .setParameter("department", request.getDepartment().getId())
        .getResultList();
  }

  /** Records (or changes) how the request's client stands to the interpreter. */
  @Transactional
  public ClientPreference record(
      @NotNull Long requestId, @NotNull Long interpreterId, @NotNull ClientPreference.Kind kind) {
    InterpreterRequest request = requests.accessible(requestId);
    Interpreter interpreter = records.find(Interpreter.class, interpreterId);
    ClientPreference preference =
        forRequest(requestId).stream()
            .filter(p -> p.getInterpreter().getId().equals(interpreter.getId()))
            .findFirst()
            .orElse(null);
    if (preference == null) {
      preference =
          records.create(
              new ClientPreference(
                  request.getDepartment().getId(),
                  request.getClientReference(),
                  interpreter,
                  kind));
    } else {
      preference.change(kind);
      records.changed(preference);
    }
    return preference;
  }

  @Transactional
  public void remove(@NotNull Long preferenceId) {
    ClientPreference preference =
        records.reread(ClientPreference.class, preferenceId, Records.anyone());
    em.remove(preference);
    audit.record(AuditAction.DELETE, preference);
  }
}
