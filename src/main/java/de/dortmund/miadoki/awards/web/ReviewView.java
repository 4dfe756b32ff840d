package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.JuryWork.CriterionLine;
import de.dortmund.miadoki.awards.application.JuryWork.NominationForJury;
import de.dortmund.miadoki.awards.application.JuryWork.OtherCard;
import de.dortmund.miadoki.awards.domain.CriterionScore;
import de.dortmund.miadoki.awards.domain.Scorecard;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * A juror's review of one nomination they declared to be free of conflict: the nomination, their
 * scorecard (0 to 10 per criterion, with comments; saved as a draft or submitted), and, after they
 * submitted and the chair released the scores, the other jurors' cards.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JuryWork jury;

  private Long id;
  private NominationForJury nomination;
  private Long cardVersion;
  private boolean submitted;
  private Map<Long, Integer> scores = new HashMap<>();
  private Map<Long, String> comments = new HashMap<>();
  private List<OtherCard> others = List.of();

  public void load() {
    nomination = jury.open(id);
    jury.myScorecard(id).ifPresent(this::fill);
    others = jury.othersCards(id);
  }

  private void fill(Scorecard card) {
    cardVersion = card.getVersion();
    submitted = card.isSubmitted();
    for (CriterionScore s : card.getScores()) {
      scores.put(s.getCriterionId(), s.getScore());
      comments.put(s.getCriterionId(), s.getComment());
    }
  }

  public String save() {
    jury.score(id, cardVersion, scores, comments, false);
    return Messages.redirect("/awards/review?id=" + id, "review.saved");
  }

  public String submit() {
    jury.score(id, cardVersion, scores, comments, true);
    return Messages.redirect(
        "/awards/jury?programme=" + nomination.programmeId(),
        "review.submitted",
        nomination.nomineeName());
  }

  public String criterionName(long criterionId) {
    return nomination.criteria().stream()
        .filter(c -> c.id() == criterionId)
        .map(CriterionLine::name)
        .findFirst()
        .orElse("");
  }

  public boolean isEditable() {
    return nomination.scoringOpen() && !submitted;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public NominationForJury getNomination() {
    return nomination;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public Map<Long, Integer> getScores() {
    return scores;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public List<OtherCard> getOthers() {
    return others;
  }
}
