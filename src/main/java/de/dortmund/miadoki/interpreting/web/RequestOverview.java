package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
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

  private List<RequestView.Step> history;
  private boolean thisAndFollowing;
  private String cancelReason;
  private AppointmentKind kind;

  @PostConstruct
  void init() {
    history = requests.history(page.getId()).stream().map(RequestView.Step::of).toList();
  }

  public String cancel() {
    requests.cancel(
        page.getId(),
        page.getRequest().version(),
        thisAndFollowing ? Recurrence.Scope.THIS_AND_FOLLOWING : Recurrence.Scope.THIS,
        cancelReason);
    return page.done("request.cancelled");
  }

  /** A coordinator files the request under another kind (a refused kind cancels it). */
  public String reclassify() {
    boolean cancelled =
        requests.reclassify(page.getId(), page.getRequest().version(), getKind()).getStatus()
            == RequestStatus.CANCELLED;
    return page.done(cancelled ? "request.reclassifiedRefused" : "request.reclassified");
  }

  public AppointmentKind[] getKinds() {
    return AppointmentKind.values();
  }

  public AppointmentKind getKind() {
    return kind == null ? page.getRequest().kind() : kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public boolean isCancellable() {
    return page.getRequest().status().canGoTo(RequestStatus.CANCELLED);
  }

  /** A status note as the reader should see it: the portal's own notes in the reader's language. */
  public String noteText(String note) {
    String key = StatusNotes.messageKeyOf(note);
    return key == null ? note : Messages.text(key);
  }

  public List<RequestView.Step> getHistory() {
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
