package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.ClientPreferences;
import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.CloseOutTooEarlyException;
import de.dortmund.miadoki.interpreting.application.DoubleBookingException;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.InvalidRequestException;
import de.dortmund.miadoki.interpreting.application.Matching;
import de.dortmund.miadoki.interpreting.application.NotEligibleException;
import de.dortmund.miadoki.interpreting.application.OfferPlan;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.ClientPreference;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.Compensation;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.IllegalTransitionException;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.interpreting.domain.RankedCandidate;
import de.dortmund.miadoki.interpreting.domain.RequestPolicy;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.ScoreReason;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.Failures;
import de.dortmund.miadoki.platform.web.Formats;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * One request: its details and history; for coordinators the ranked candidates with their reasons,
 * "why not?" for any interpreter of the pool, and the assignment.
 */
@Named
@ViewScoped
public class RequestDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int FIRST_CANDIDATES = 15;

  /**
   * What the page shows of a ranked candidate. The view keeps these, not the candidates the ranking
   * worked with (their calendars and skills), so that the session stays small.
   */
  public record CandidateRow(long id, String name, double score, List<ScoreReason> reasons)
      implements Serializable {

    static CandidateRow of(RankedCandidate c) {
      return new CandidateRow(
          c.candidate().id(), c.candidate().name(), c.score(), List.copyOf(c.reasons()));
    }
  }

  @Inject RequestService requests;
  @Inject Matching matching;
  @Inject Assignments assignments;
  @Inject InterpreterDirectory directory;
  @Inject CurrentUser currentUser;
  @Inject Offers offerService;
  @Inject ClientPreferences preferenceService;
  @Inject CloseOut closeOut;
  @Inject Statements statements;
  @Inject Clock clock;

  private Long id;
  private InterpreterRequest request;
  private List<StatusChange> history;
  private boolean allCandidates;
  private int candidateCount;
  private Assignment assignment;
  private boolean coordinator;
  private List<CandidateRow> candidates = List.of();
  private Interpreter whyNotInterpreter;
  private List<Exclusion> whyNot;
  private String whyNotName;
  private boolean thisAndFollowing;
  private String cancelReason;
  private List<Offer> offers = List.of();
  private final Map<Long, Integer> tiers = new HashMap<>();
  private Integer secondTierDelayMinutes = 60;
  private LocalDateTime offerExpiresAt;
  private String dropOutReason;
  private List<ClientPreference> preferences = List.of();
  private String disputeReason;
  private String unfilledNote;
  private LocalDateTime resolveStart;
  private LocalDateTime resolveEnd;
  private Integer resolveKm;
  private Compensation.Pay pay;
  private Interpreter preferenceInterpreter;
  private ClientPreference.Kind preferenceKind = ClientPreference.Kind.PREFERRED;

  /** Called by the page's view action once the id parameter is set. */
  public void load() {
    request = requests.load(id);
    history = requests.history(id);
    assignment = requests.assignmentOf(id);
    pay = assignment != null && assignment.isPayable() ? statements.payFor(assignment) : null;
    if (assignment != null && resolveStart == null) {
      resolveStart =
          assignment.getActualStart() != null
              ? assignment.getActualStart()
              : assignment.getStartsAt();
      resolveEnd =
          assignment.getActualEnd() != null ? assignment.getActualEnd() : assignment.getEndsAt();
      resolveKm = assignment.getTravelKm() == null ? 0 : assignment.getTravelKm();
    }
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    if (coordinator) {
      offers = offerService.of(id);
      preferences = preferenceService.forRequest(id);
      if (request.getStatus().isOpen()) {
        rank();
      }
      if (offerExpiresAt == null) {
        offerExpiresAt = defaultExpiry();
      }
    }
  }

  /** A day to answer, but at the latest an hour before the appointment. */
  private LocalDateTime defaultExpiry() {
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    LocalDateTime latest = request.getStartsAt().minusHours(1);
    LocalDateTime day = now.plusDays(1);
    return day.isBefore(latest) ? day : latest.isAfter(now) ? latest : request.getStartsAt();
  }

  /** Sends the offers to the candidates given a tier. */
  public String sendOffers() {
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    for (CandidateRow c : candidates) {
      Integer tier = tiers.get(c.id());
      if (tier != null && tier == 1) {
        first.add(c.id());
      } else if (tier != null && tier == 2) {
        second.add(c.id());
      }
    }
    if (offerExpiresAt == null) {
      Messages.error("candidates:expiresAt", "validation.required");
      return null;
    }
    OfferPlan plan =
        new OfferPlan(
            first,
            second,
            Duration.ofMinutes(secondTierDelayMinutes == null ? 0 : secondTierDelayMinutes),
            offerExpiresAt.atZone(clock.getZone()).toInstant());
    try {
      List<Offer> sent = offerService.send(id, plan);
      Messages.keepOverRedirect();
      Messages.info("offer.sent", sent.size());
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (InvalidRequestException e) {
      for (RequestPolicy.Violation v : e.violations()) {
        Messages.error("candidates:" + v.field(), v.messageKey(), v.details().toArray());
      }
    } catch (NotEligibleException e) {
      Messages.error(null, "request.assign.notEligible");
    } catch (IllegalTransitionException e) {
      Messages.error(null, "request.assign.notOpen");
    }
    load();
    return null;
  }

  /** A coordinator records that the assigned interpreter dropped out. */
  public String dropOut() {
    try {
      assignments.dropOut(assignment.getId(), request.getVersion(), dropOutReason);
      Messages.keepOverRedirect();
      Messages.info("assignment.droppedOut.done");
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
      return null;
    }
  }

  /** Nobody can be found: close the request as unfilled. */
  public String markUnfilled() {
    try {
      requests.markUnfilled(id, request.getVersion(), unfilledNote);
      Messages.keepOverRedirect();
      Messages.info("request.unfilled.done");
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
      return null;
    }
  }

  public String getUnfilledNote() {
    return unfilledNote;
  }

  public void setUnfilledNote(String unfilledNote) {
    this.unfilledNote = unfilledNote;
  }

  /** Records the chosen interpreter as preferred or never to send for this client. */
  public String recordPreference() {
    if (preferenceInterpreter == null) {
      Messages.error("preferenceForm:interpreter", "validation.required");
      return null;
    }
    preferenceService.record(id, preferenceInterpreter.getId(), preferenceKind);
    Messages.keepOverRedirect();
    Messages.info("clientPreference.saved");
    return "/interpreting/request?faces-redirect=true&id=" + id;
  }

  public String removePreference(long preferenceId) {
    preferenceService.remove(preferenceId);
    Messages.keepOverRedirect();
    Messages.info("clientPreference.removed");
    return "/interpreting/request?faces-redirect=true&id=" + id;
  }

  public List<ClientPreference> getPreferences() {
    return preferences;
  }

  public ClientPreference.Kind[] getPreferenceKinds() {
    return ClientPreference.Kind.values();
  }

  public Interpreter getPreferenceInterpreter() {
    return preferenceInterpreter;
  }

  public void setPreferenceInterpreter(Interpreter preferenceInterpreter) {
    this.preferenceInterpreter = preferenceInterpreter;
  }

  public ClientPreference.Kind getPreferenceKind() {
    return preferenceKind;
  }

  public void setPreferenceKind(ClientPreference.Kind preferenceKind) {
    this.preferenceKind = preferenceKind;
  }

  /** Whether the appointment has begun, so that it can be closed out. */
  public boolean isHeld() {
    return assignment != null
        && !assignment.getStartsAt().isAfter(LocalDateTime.now(clock.withZone(ClockProducer.ZONE)));
  }

  public boolean isConfirmable() {
    return assignment != null && assignment.getCloseState() == CloseOutState.REPORTED;
  }

  public String confirm() {
    return closeOutAction(
        () -> closeOut.confirm(assignment.getId(), assignment.getVersion()), "closeOut.confirmed");
  }

  public String dispute() {
    if (disputeReason == null || disputeReason.isBlank()) {
      Messages.error("closeOutForm:disputeReason", "validation.required");
      return null;
    }
    return closeOutAction(
        () -> closeOut.dispute(assignment.getId(), assignment.getVersion(), disputeReason),
        "closeOut.disputed");
  }

  public String resolve() {
    if (resolveStart == null || resolveEnd == null || !resolveEnd.isAfter(resolveStart)) {
      Messages.error("resolveForm:resolveEnd", "closeOut.endBeforeStart");
      return null;
    }
    return closeOutAction(
        () ->
            closeOut.resolve(
                assignment.getId(),
                assignment.getVersion(),
                new CloseOut.Report(resolveStart, resolveEnd, resolveKm == null ? 0 : resolveKm)),
        "closeOut.resolved");
  }

  public String noShow(boolean interpreterMissing) {
    return closeOutAction(
        () -> closeOut.noShow(assignment.getId(), assignment.getVersion(), interpreterMissing),
        "closeOut.noShowRecorded");
  }

  private String closeOutAction(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.keepOverRedirect();
      Messages.info(doneKey);
      return "/interpreting/request?faces-redirect=true&id=" + id;
    } catch (CloseOutTooEarlyException e) {
      Messages.error(null, "closeOut.tooEarly");
    } catch (IllegalStateException e) {
      Messages.error(null, "closeOut.notNow");
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
    }
    return null;
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

  /** A status note as the reader should see it: the portal's own notes in the reader's language. */
  public String noteText(String note) {
    String key = StatusNotes.messageKeyOf(note);
    return key == null ? note : Messages.text(key);
  }

  /** The interpreter's offer for this request that still waits for an answer, if any. */
  public Offer pendingOffer(long interpreterId) {
    return offers.stream()
        .filter(o -> o.getInterpreter().getId() == interpreterId && o.getStatus().isPending())
        .findFirst()
        .orElse(null);
  }

  public List<Offer> getOffers() {
    return offers;
  }

  public Map<Long, Integer> getTiers() {
    return tiers;
  }

  public Integer getSecondTierDelayMinutes() {
    return secondTierDelayMinutes;
  }

  public void setSecondTierDelayMinutes(Integer secondTierDelayMinutes) {
    this.secondTierDelayMinutes = secondTierDelayMinutes;
  }

  public LocalDateTime getOfferExpiresAt() {
    return offerExpiresAt;
  }

  public void setOfferExpiresAt(LocalDateTime offerExpiresAt) {
    this.offerExpiresAt = offerExpiresAt;
  }

  public String getDropOutReason() {
    return dropOutReason;
  }

  public void setDropOutReason(String dropOutReason) {
    this.dropOutReason = dropOutReason;
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

  /**
   * Ranks the candidates and keeps the best {@value #FIRST_CANDIDATES}, or all of them once asked
   * for: a large pool has dozens for a common language, and the page (and the session that holds
   * it) stays small.
   */
  private void rank() {
    List<RankedCandidate> ranked = matching.candidates(id);
    candidateCount = ranked.size();
    candidates =
        ranked.stream()
            .limit(allCandidates ? ranked.size() : FIRST_CANDIDATES)
            .map(CandidateRow::of)
            .toList();
  }

  /** The candidates on the page. */
  public List<CandidateRow> getCandidates() {
    return candidates;
  }

  /** How many candidates there are in all. */
  public int getCandidateCount() {
    return candidateCount;
  }

  public boolean isCandidatesHidden() {
    return candidateCount > candidates.size();
  }

  public void showAllCandidates() {
    allCandidates = true;
    rank();
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
