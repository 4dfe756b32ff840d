package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One juror's scores for one nomination, per criterion. Saved as often as the juror likes until
 * submitted; submitted, it is final and counts in the ranking.
 */
@Entity
@Table(name = "award_scorecard")
public class Scorecard extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
  private Nomination nomination;

  @ManyToOne(optional = false)
  @JoinColumn(name = "juror_id", nullable = false, updatable = false)
  private Juror juror;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "award_score", joinColumns = @JoinColumn(name = "scorecard_id"))
  private List<CriterionScore> scores = new ArrayList<>();

  protected Scorecard() {}

  public Scorecard(Nomination nomination, Juror juror) {
    this.nomination = nomination;
    this.juror = juror;
  }

  /**
   * Records the scores, given per criterion id (a missing one stays open while the card is a
   * draft); with {@code submit}, every criterion must have its score, and the card becomes final.
   */
  public void record(
      List<Criterion> criteria,
      Map<Long, Integer> given,
      Map<Long, String> comments,
      boolean submit,
      LocalDateTime at) {
    if (submittedAt != null) {
      throw new RuleViolationException("award.score.submitted");
    }
    List<RuleViolation> violations = new ArrayList<>();
    List<CriterionScore> recorded = new ArrayList<>();
    for (Criterion c : criteria) {
      Integer score = given.get(c.getId());
      if (score == null) {
        if (submit) {
          violations.add(
              RuleViolation.of("score-" + c.getId(), "award.score.missing", c.getName()));
        }
        continue;
      }
      if (score < 0 || score > 10) {
        violations.add(RuleViolation.of("score-" + c.getId(), "award.score.range", c.getName()));
        continue;
      }
      recorded.add(new CriterionScore(c.getId(), score, comments.get(c.getId())));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    scores.clear();
    scores.addAll(recorded);
    if (submit) {
      submittedAt = at;
    }
  }

  /** The weighted total on the 0-10 scale (all criteria scored), else empty. */
  public Optional<Double> weightedTotal(List<Criterion> criteria) {
    List<Integer> values = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (Criterion c : criteria) {
      Optional<CriterionScore> s = scoreFor(c.getId());
      if (s.isEmpty()) {
        return Optional.empty();
      }
      values.add(s.get().getScore());
      weights.add(c.getWeight());
    }
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(JuryRanking.weightedTotal(values, weights));
  }

  public Optional<CriterionScore> scoreFor(long criterionId) {
    return scores.stream().filter(s -> s.getCriterionId() == criterionId).findFirst();
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Nomination getNomination() {
    return nomination;
  }

  public Juror getJuror() {
    return juror;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public List<CriterionScore> getScores() {
    return List.copyOf(scores);
  }

  @Override
  public String auditSubject() {
    return nomination.getReceiptNumber() + " / " + juror.getUsername();
  }
}
