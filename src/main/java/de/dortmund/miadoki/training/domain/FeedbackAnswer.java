package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One anonymous answer to a session's feedback survey: four ratings from 1 (poor) to 5 (very good)
 * and a free text. It names the session and the day, nothing of the person: who has answered is
 * kept elsewhere, without a link to the answer.
 */
@Entity
@Table(name = "training_feedback")
public class FeedbackAnswer extends BaseEntity {

  /** The questions, in the order of the form; each is a column of ratings. */
  public enum Question {
    CONTENT,
    TRAINER,
    ORGANISATION,
    USEFULNESS;

    public String messageKey() {
      return "feedback.question." + name();
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private TrainingSession session;

  @Column(name = "answered_on", nullable = false, updatable = false)
  private LocalDate answeredOn;

  @Column(name = "content", nullable = false, updatable = false)
  private int content;

  @Column(name = "trainer", nullable = false, updatable = false)
  private int trainer;

  @Column(name = "organisation", nullable = false, updatable = false)
  private int organisation;

  @Column(name = "usefulness", nullable = false, updatable = false)
  private int usefulness;

  @Column(name = "free_text", updatable = false)
  private String freeText;

  protected FeedbackAnswer() {}

  /** Ratings in the order of {@link Question}; each 1 to 5. */
  public FeedbackAnswer(
      TrainingSession session, LocalDate answeredOn, List<Integer> ratings, String freeText) {
    List<RuleViolation> broken = new ArrayList<>();
    Question[] questions = Question.values();
    if (ratings.size() != questions.length) {
      throw new IllegalArgumentException("One rating per question");
    }
    for (int i = 0; i < questions.length; i++) {
      Integer rating = ratings.get(i);
      if (rating == null || rating < 1 || rating > 5) {
        broken.add(RuleViolation.of(questions[i].name().toLowerCase(), "feedback.rating.missing"));
      }
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    this.session = session;
    this.answeredOn = answeredOn;
    this.content = ratings.get(0);
    this.trainer = ratings.get(1);
    this.organisation = ratings.get(2);
    this.usefulness = ratings.get(3);
    this.freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
  }

  public int rating(Question question) {
    return switch (question) {
      case CONTENT -> content;
      case TRAINER -> trainer;
      case ORGANISATION -> organisation;
      case USEFULNESS -> usefulness;
    };
  }

  public TrainingSession getSession() {
    return session;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public String getFreeText() {
    return freeText;
  }
}
