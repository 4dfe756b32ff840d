package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A time in which an interpreter takes no appointments (holiday, illness, other commitments). */
@Entity
@Table(name = "interpreter_absence")
public class Absence extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "note")
  private String note;

  protected Absence() {}

  public Absence(LocalDateTime startsAt, LocalDateTime endsAt, String note) {
    new TimeSlot(startsAt, endsAt); // validates the order
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.note = note;
  }

  public TimeSlot slot() {
    return new TimeSlot(startsAt, endsAt);
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getNote() {
    return note;
  }

  /** Binds this row to its interpreter (called by the interpreter). */
  void attachTo(Interpreter owner) {
    this.interpreter = owner;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }
}
