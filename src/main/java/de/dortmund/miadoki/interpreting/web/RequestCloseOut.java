package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.Compensation;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.omnifaces.cdi.ViewScoped;

/**
 * The request page's close-out, once the appointment has begun: the reported figures and the pay;
 * the requester confirms or disputes, a coordinator settles the figures or records a no-show.
 */
@Named
@ViewScoped
public class RequestCloseOut implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestPage page;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject Clock clock;

  private Compensation.Pay pay;
  private String disputeReason;
  private LocalDateTime resolveStart;
  private LocalDateTime resolveEnd;
  private Integer resolveKm;

  @PostConstruct
  void init() {
    RequestView.Booking a = page.getAssignment();
    if (a == null) {
      return;
    }
    pay = page.isCoordinator() && a.payable() ? statements.payFor(a.id()) : null;
    resolveStart = a.actualStart() != null ? a.actualStart() : a.startsAt();
    resolveEnd = a.actualEnd() != null ? a.actualEnd() : a.endsAt();
    resolveKm = a.travelKm() == null ? 0 : a.travelKm();
  }

  /** Whether the appointment has begun, so that it can be closed out. */
  public boolean isHeld() {
    RequestView.Booking a = page.getAssignment();
    return a != null
        && !a.startsAt().isAfter(LocalDateTime.now(clock.withZone(ClockProducer.ZONE)));
  }

  public boolean isConfirmable() {
    RequestView.Booking a = page.getAssignment();
    return a != null && a.closeState() == CloseOutState.REPORTED;
  }

  public String confirm() {
    RequestView.Booking a = page.getAssignment();
    closeOut.confirm(a.id(), a.version());
    return page.done("closeOut.confirmed");
  }

  public String dispute() {
    RequestView.Booking a = page.getAssignment();
    closeOut.dispute(a.id(), a.version(), disputeReason);
    return page.done("closeOut.disputed");
  }

  public String resolve() {
    RequestView.Booking a = page.getAssignment();
    closeOut.resolve(
        a.id(),
        a.version(),
        new CloseOut.Report(resolveStart, resolveEnd, resolveKm == null ? 0 : resolveKm));
    return page.done("closeOut.resolved");
  }

  public String noShow(boolean interpreterMissing) {
    RequestView.Booking a = page.getAssignment();
    closeOut.noShow(a.id(), a.version(), interpreterMissing);
    return page.done("closeOut.noShowRecorded");
  }

  public Compensation.Pay getPay() {
    return pay;
  }

  public String getDisputeReason() {
    return disputeReason;
  }

  public void setDisputeReason(String disputeReason) {
    this.disputeReason = disputeReason;
  }

  public LocalDateTime getResolveStart() {
    return resolveStart;
  }

  public void setResolveStart(LocalDateTime resolveStart) {
    this.resolveStart = resolveStart;
  }

  public LocalDateTime getResolveEnd() {
    return resolveEnd;
  }

  public void setResolveEnd(LocalDateTime resolveEnd) {
    this.resolveEnd = resolveEnd;
  }

  public Integer getResolveKm() {
    return resolveKm;
  }

  public void setResolveKm(Integer resolveKm) {
    this.resolveKm = resolveKm;
  }
}
