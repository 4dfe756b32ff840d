package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One dated part of a session (a two-day training has two). */
@Entity
@Table(name = "training_session_part")
public class SessionPart extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private TrainingSession session;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  protected SessionPart() {}

  SessionPart(TrainingSession session, PartTime time) {
    this.session = session;
    move(time);
  }

  /** Moves the part; true if its time changed. */
  final boolean move(PartTime time) {
    boolean changed = !time.startsAt().equals(startsAt) || !time.endsAt().equals(endsAt);
    this.startsAt = time.startsAt();
    this.endsAt = time.endsAt();
    return changed;
  }

  public PartTime time() {
    return new PartTime(startsAt, endsAt);
  }

  public TrainingSession getSession() {
    return session;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }
}
