package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.domain.Registration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/** The supervisor's decisions: registrations of the departments they lead, oldest first. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationLists lists;
  @Inject Registrations registrations;

  private List<Registration> pending;
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    pending = lists.awaitingMyDecision();
  }

  public String approve(Registration r) {
    registrations.approve(r.getId(), r.getVersion());
    return done("approval.approved", r.getPersonName());
  }

  public String reject(Registration r) {
    registrations.reject(r.getId(), r.getVersion(), reasons.get(r.getId()));
    return done("approval.rejected", r.getPersonName());
  }

  private String done(String key, Object... args) {
    return Messages.redirect("/training/approvals", key, args);
  }

  public List<Registration> getPending() {
    return pending;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
