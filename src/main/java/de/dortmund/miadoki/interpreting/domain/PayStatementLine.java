package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One assignment (or a correction of one) on an issued statement. */
@Entity
@Table(name = "pay_statement_line")
public class PayStatementLine extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "statement_id", nullable = false, updatable = false)
  private PayStatement statement;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
  private Assignment assignment;

  @Column(name = "appointment", nullable = false, updatable = false)
  private LocalDateTime appointment;

  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Column(name = "rule_key", nullable = false, updatable = false)
  private String ruleKey;

  @Column(name = "minutes", nullable = false, updatable = false)
  private int minutes;

  @Column(name = "time_amount", nullable = false, updatable = false)
  private BigDecimal timeAmount;

  @Column(name = "travel_amount", nullable = false, updatable = false)
  private BigDecimal travelAmount;

  @Column(name = "amount", nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(name = "correction", nullable = false, updatable = false)
  private boolean correction;

  protected PayStatementLine() {}

  PayStatementLine(PayStatement statement, StatementDraft.Line line) {
    this.statement = statement;
    this.appointment = line.start();
    this.description = line.description();
    this.ruleKey = line.ruleKey();
    this.minutes = Math.toIntExact(line.minutes());
    this.timeAmount = line.timeAmount();
    this.travelAmount = line.travelAmount();
    this.amount = line.amount();
    this.correction = line.correction();
  }

  /** Set by the issuing service, which holds the assignment the draft line names. */
  public void belongsTo(Assignment assignment) {
    if (this.assignment != null) {
      throw new IllegalStateException("Line already belongs to an assignment");
    }
    this.assignment = assignment;
  }

  public PayStatement getStatement() {
    return statement;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public LocalDateTime getAppointment() {
    return appointment;
  }

  public String getDescription() {
    return description;
  }

  public String getRuleKey() {
    return ruleKey;
  }

  public int getMinutes() {
    return minutes;
  }

  public BigDecimal getTimeAmount() {
    return timeAmount;
  }

  public BigDecimal getTravelAmount() {
    return travelAmount;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isCorrection() {
    return correction;
  }
}
