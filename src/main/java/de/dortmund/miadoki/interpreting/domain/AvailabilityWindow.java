package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window in which an interpreter takes appointments, e.g. Tuesdays 08:00–13:00. */
@Entity
@Table(name = "interpreter_availability")
public class AvailabilityWindow extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false)
  private DayOfWeek day;

  @Column(name = "start_time", nullable = false)
  private LocalTime from;

  @Column(name = "end_time", nullable = false)
  private LocalTime until;

  protected AvailabilityWindow() {}

  public AvailabilityWindow(DayOfWeek day, LocalTime from, LocalTime until) {
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("An availability window must end after it starts");
    }
    this.day = day;
    this.from = from;
    this.until = until;
  }

  public DayOfWeek getDay() {
    return day;
  }

  public LocalTime getFrom() {
    return from;
  }

  public LocalTime getUntil() {
    return until;
  }

  /** Binds this row to its interpreter (called by the interpreter). */
  void attachTo(Interpreter owner) {
    this.interpreter = owner;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }
}
