package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.DoubleBookingException;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.Matching;
import de.dortmund.miadoki.interpreting.application.NotEligibleException;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.IllegalTransitionException;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RankedCandidate;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.ScoreReason;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.Failures;
import de.dortmund.miadoki.platform.web.Formats;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One request: its details and history; for coordinators the ranked candidates with their reasons,
 * "why not?" for any interpreter of the pool, and the assignment.
 */
@Named
@ViewScoped
public class RequestDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject Matching matching;
  @Inject Assignments assignments;
  @Inject InterpreterDirectory directory;
  @Inject CurrentUser currentUser;

  private Long id;
  private InterpreterRequest request;
  private List<StatusChange> history;
  private Assignment assignment;
  private boolean coordinator;
  private List<RankedCandidate> candidates = List.of();
  private Interpreter whyNotInterpreter;
  private List<Exclusion> whyNot;
  private String whyNotName;
  private boolean thisAndFollowing;
  private String cancelReason;

  /** Called by the page's view action once the id parameter is set. */
  public void load() {
    request = requests.load(id);
    history = requests.history(id);
    assignment = requests.assignmentOf(id);
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    if (coordinator && request.getStatus().isOpen()) {
      candidates = matching.candidates(id);
    }
  }

  public void explain() {
    if (whyNotInterpreter == null) {
      Messages.error("whyNotForm:interpreter", "validation.required");
      return;
    }
    whyNot = matching.whyNot(id, whyNotInterpreter.getId());
    whyNotName = whyNotInterpreter.getDisplayName();
  }

  public String assign(long interpreterId) {
    try {
      assignments.assign(id, interpreterId);
      Messages.keepOverRedirect();
      Messages.info("request.assigned");
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (NotEligibleException e) {
      Messages.error(null, "request.assign.notEligible");
    } catch (DoubleBookingException e) {
      Messages.error(null, "request.assign.doubleBooking");
    } catch (IllegalTransitionException e) {
      Messages.error(null, "request.assign.notOpen");
    }
    load();
    return null;
  }

  public String cancel() {
    try {
      requests.cancel(
          id,
          request.getVersion(),
          thisAndFollowing ? Recurrence.Scope.THIS_AND_FOLLOWING : Recurrence.Scope.THIS,
          cancelReason);
      Messages.keepOverRedirect();
      Messages.info("request.cancelled");
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
      return null;
    }
  }

  /** The exclusion as a sentence, enum values in the user's language. */
  public String explanation(Exclusion exclusion) {
    return Messages.text(exclusion.rule().messageKey(), localized(exclusion.details()));
  }

  /** A score reason as a sentence with its points. */
  public String reasonText(ScoreReason reason) {
    return Messages.text(
        "score.withPoints",
        Messages.text(reason.key(), localized(reason.details())),
        Math.round(reason.points() * 10) / 10.0);
  }

  private static Object[] localized(List<Object> details) {
    return details.stream()
        .map(
            d -> {
              if (d instanceof Enum<?> e) {
                return Messages.text(labelKey(e));
              }
              if (d instanceof java.time.LocalDateTime t) {
                return Formats.dateTime().format(t);
              }
              return d;
            })
        .toArray();
  }

  /** The bundle key of an enum value's label, e.g. "interpreterStatus.PAUSED". */
  static String labelKey(Enum<?> value) {
    String type = value.getDeclaringClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
  }

  public boolean isCancellable() {
    return request != null && request.getStatus().canGoTo(RequestStatus.CANCELLED);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InterpreterRequest getRequest() {
    return request;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public List<RankedCandidate> getCandidates() {
    return candidates;
  }

  /** Interpreters of the whole pool whose name matches, for the "why not?" field. */
  public List<Interpreter> completeInterpreter(String query) {
    return directory.search(query, null, PageRequest.of(0, 15)).rows();
  }

  public Interpreter getWhyNotInterpreter() {
    return whyNotInterpreter;
  }

  public void setWhyNotInterpreter(Interpreter whyNotInterpreter) {
    this.whyNotInterpreter = whyNotInterpreter;
  }

  public List<Exclusion> getWhyNot() {
    return whyNot;
  }

  public String getWhyNotName() {
    return whyNotName;
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
