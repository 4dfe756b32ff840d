package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The request page's overview: the history of the request, and its cancellation. */
@Named
@ViewScoped
public class RequestOverview implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestPage page;
  @Inject RequestService requests;

  private List<StatusChange> history;
  private boolean thisAndFollowing;
  private String cancelReason;
  private AppointmentKind kind;

  @PostConstruct
  void init() {
    history = requests.history(page.getId());
  }

  public String cancel() {
    requests.cancel(
        page.getId(),
        page.getRequest().getVersion(),
        thisAndFollowing ? Recurrence.Scope.THIS_AND_FOLLOWING : Recurrence.Scope.THIS,
        cancelReason);
    return page.done("request.cancelled");
  }

  /** A coordinator files the request under another kind (a refused kind cancels it). */
  public String reclassify() {
    boolean cancelled =
        requests.reclassify(page.getId(), page.getRequest().getVersion(), getKind()).getStatus()
            == RequestStatus.CANCELLED;
    return page.done(cancelled ? "request.reclassifiedRefused" : "request.reclassified");
  }

  public AppointmentKind[] getKinds() {
    return AppointmentKind.values();
  }

  public AppointmentKind getKind() {
    return kind == null ? page.getRequest().getKind() : kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public boolean isCancellable() {
    return page.getRequest().getStatus().canGoTo(RequestStatus.CANCELLED);
  }

  /** A status note as the reader should see it: the portal's own notes in the reader's language. */
  public String noteText(String note) {
    String key = StatusNotes.messageKeyOf(note);
    return key == null ? note : Messages.text(key);
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  public boolean isThisAndFollowing() {
    return thisAndFollowing;
  }

  public void setThisAndFollowing(boolean thisAndFollowing) {
    this.thisAndFollowing = thisAndFollowing;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
