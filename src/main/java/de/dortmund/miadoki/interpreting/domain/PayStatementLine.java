package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One assignment (or a correction of one) on an issued statement. A line is an accounting document
 * that outlives the request: it keeps the assignment's id (no foreign key, the request's retention
 * may delete the assignment) and the department, funding source and language the cost belongs to.
 */
@Entity
@Table(name = "pay_statement_line")
public class PayStatementLine extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "statement_id", nullable = false, updatable = false)
  private PayStatement statement;

  @Column(name = "assignment_id", nullable = false, updatable = false)
  private Long assignmentId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @ManyToOne(optional = false)
  @JoinColumn(name = "funding_source_id", nullable = false, updatable = false)
  private FundingSource fundingSource;

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id", nullable = false, updatable = false)
  private Language language;

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
    if (this.assignmentId != null) {
      throw new IllegalStateException("Line already belongs to an assignment");
    }
    this.assignmentId = assignment.getId();
    InterpreterRequest request = assignment.getRequest();
    this.department = request.getDepartment();
    this.fundingSource = request.getFundingSource();
    this.language = request.getLanguage();
  }

  public PayStatement getStatement() {
    return statement;
  }

  public Long getAssignmentId() {
    return assignmentId;
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
