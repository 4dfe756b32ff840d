package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.Matching;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.RankedCandidate;
import de.dortmund.miadoki.interpreting.domain.ScoreReason;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The request page's matching, for coordinators while the request is open: the ranked candidates
 * with their reasons, a direct assignment, "why not?" for any interpreter of the pool, and closing
 * the request as unfilled.
 */
@Named
@ViewScoped
public class RequestMatching implements Serializable {

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

  @Inject RequestPage page;
  @Inject Matching matching;
  @Inject Assignments assignments;
  @Inject RequestService requests;
  @Inject InterpreterDirectory directory;

  private boolean allCandidates;
  private int candidateCount;
  private List<CandidateRow> candidates = List.of();
  private Interpreter whyNotInterpreter;
  private List<Exclusion> whyNot;
  private String whyNotName;
  private String unfilledNote;

  @PostConstruct
  void init() {
    if (page.isMatchable()) {
      rank();
    }
  }

  /**
   * Ranks the candidates and keeps the best {@value #FIRST_CANDIDATES}, or all of them once asked
   * for: a large pool has dozens for a common language, and the page (and the session that holds
   * it) stays small.
   */
  private void rank() {
    List<RankedCandidate> ranked = matching.candidates(page.getId());
    candidateCount = ranked.size();
    candidates =
        ranked.stream()
            .limit(allCandidates ? ranked.size() : FIRST_CANDIDATES)
            .map(CandidateRow::of)
            .toList();
  }

  public void showAllCandidates() {
    allCandidates = true;
    rank();
  }

  public String assign(long interpreterId) {
    assignments.assign(page.getId(), interpreterId);
    return page.done("request.assigned");
  }

  /** Nobody can be found: close the request as unfilled. */
  public String markUnfilled() {
    requests.markUnfilled(page.getId(), page.getRequest().version(), unfilledNote);
    return page.done("request.unfilled.done");
  }

  public void explain() {
    whyNot = matching.whyNot(page.getId(), whyNotInterpreter.getId());
    whyNotName = whyNotInterpreter.getDisplayName();
  }

  /** Interpreters of the whole pool whose name matches, for "why not?" and the client's wishes. */
  public List<Interpreter> completeInterpreter(String query) {
    return directory.search(query, null, PageRequest.of(0, 15)).rows();
  }

  /** The exclusion as a sentence, values in the reader's language. */
  public String explanation(Exclusion exclusion) {
    return Messages.text(exclusion.rule().messageKey(), exclusion.details().toArray());
  }

  /** A score reason as a sentence with its points. */
  public String reasonText(ScoreReason reason) {
    return Messages.text(
        "score.withPoints",
        Messages.text(reason.key(), reason.details().toArray()),
        Math.round(reason.points() * 10) / 10.0);
  }

  public List<CandidateRow> getCandidates() {
    return candidates;
  }

  public int getCandidateCount() {
    return candidateCount;
  }

  public boolean isCandidatesHidden() {
    return candidateCount > candidates.size();
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

  public String getUnfilledNote() {
    return unfilledNote;
  }

  public void setUnfilledNote(String unfilledNote) {
    this.unfilledNote = unfilledNote;
  }
}
