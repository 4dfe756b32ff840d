package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.JuryWork.Assigned;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * A juror's declaration about one nomination, showing only the nominee's name and organisation and
 * the nominator's name: "no conflict" opens the nomination, a conflict (with its reason) recuses.
 */
@Named
@ViewScoped
public class DeclarationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JuryWork jury;

  private Long id;
  private Assigned nomination;
  private Boolean conflict;
  private String reason;

  public void load() {
    nomination = jury.forDeclaration(id);
  }

  public String declare() {
    if (conflict == null) {
      Messages.error("conflict", "validation.required");
      return null;
    }
    jury.declare(id, conflict, reason);
    return conflict
        ? Messages.redirect("/awards/jury", "declare.recused", nomination.nomineeName())
        : Messages.redirect("/awards/review?id=" + id, "declare.free");
  }

  public boolean isOpen() {
    return nomination.step() == JuryWork.Step.DECLARE;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Assigned getNomination() {
    return nomination;
  }

  public Boolean getConflict() {
    return conflict;
  }

  public void setConflict(Boolean conflict) {
    this.conflict = conflict;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
