package de.dortmund.miadoki.awards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A juror's score (0 to 10) for one criterion, with a comment. */
@Embeddable
public class CriterionScore implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "criterion_id", nullable = false)
  private long criterionId;

  @Column(name = "score", nullable = false)
  private int score;

  @Column(name = "comment")
  private String comment;

  protected CriterionScore() {}

  public CriterionScore(long criterionId, int score, String comment) {
    this.criterionId = criterionId;
    this.score = score;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public long getCriterionId() {
    return criterionId;
  }

  public int getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }
}
