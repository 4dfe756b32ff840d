package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An interpreter's monthly statement. Issued once and then frozen: nothing changes it afterwards; a
 * later correction of one of its assignments goes into a later month as a correction line.
 */
@Entity
@Table(name = "pay_statement")
@NamedQuery(
    name = PayStatement.OF_MONTH,
    query =
        "select s from PayStatement s where s.month = :month"
            + " order by s.interpreter.lastName, s.interpreter.firstName")
@NamedQuery(
    name = PayStatement.OF_INTERPRETER,
    query =
        "select s from PayStatement s where s.interpreter.id = :interpreter order by s.month desc")
@NamedQuery(
    name = PayStatement.OF_RUN,
    query =
        "select s from PayStatement s where s.paymentRun.id = :run"
            + " order by s.interpreter.lastName, s.interpreter.firstName")
@NamedQuery(
    name = PayStatement.YEAR_TO_DATE,
    query =
        "select s.interpreter.id, sum(s.total) from PayStatement s"
            + " where s.month >= :from and s.month <= :to and s.interpreter.id in :interpreters"
            + " group by s.interpreter.id")
@NamedQuery(
    name = PayStatement.OF_USER,
    query =
        "select s from PayStatement s where s.interpreter.username = :username"
            + " order by s.month desc")
public class PayStatement extends BaseEntity {

  public static final String OF_USER = "PayStatement.ofUser";

  public static final String OF_RUN = "PayStatement.ofRun";
  public static final String YEAR_TO_DATE = "PayStatement.yearToDate";
  public static final String OF_MONTH = "PayStatement.ofMonth";
  public static final String OF_INTERPRETER = "PayStatement.ofInterpreter";

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Column(name = "statement_month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Column(name = "total", nullable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @ManyToOne
  @JoinColumn(name = "payment_run_id")
  private PaymentRun paymentRun;

  @OneToMany(mappedBy = "statement", cascade = CascadeType.PERSIST)
  @OrderBy("appointment")
  private List<PayStatementLine> lines = new ArrayList<>();

  protected PayStatement() {}

  public PayStatement(
      Interpreter interpreter,
      YearMonth month,
      List<StatementDraft.Line> draft,
      String by,
      Instant now) {
    this.interpreter = interpreter;
    this.month = month.atDay(1);
    this.issuedBy = by;
    this.issuedAt = Timestamps.of(now);
    this.total = StatementDraft.total(draft);
    for (StatementDraft.Line line : draft) {
      lines.add(new PayStatementLine(this, line));
    }
  }

  /**
   * A second coordinator approves the issued statement: from then on it is payable. The one who
   * issued it cannot approve it, and an approval stands.
   */
  public void approve(String by, Instant now) {
    if (approvedAt != null) {
      throw new RuleViolationException(List.of(RuleViolation.general("statement.approve.done")));
    }
    if (by.equals(issuedBy)) {
      throw new RuleViolationException(
          List.of(RuleViolation.general("statement.approve.sameCoordinator")));
    }
    approvedBy = by;
    approvedAt = Timestamps.of(now);
  }

  /** Hands the approved statement to a payment run: once only. */
  public void paidBy(PaymentRun run) {
    if (!isPayable() || paymentRun != null) {
      throw new IllegalStateException("Statement " + getId() + " is not open for payment");
    }
    paymentRun = run;
  }

  public PaymentRun getPaymentRun() {
    return paymentRun;
  }

  /** Approved by a second coordinator, and so to be paid. */
  public boolean isPayable() {
    return approvedAt != null;
  }

  public Instant getApprovedAt() {
    return approvedAt == null ? null : Timestamps.instant(approvedAt);
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public Instant getIssuedAt() {
    return Timestamps.instant(issuedAt);
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public List<PayStatementLine> getLines() {
    return lines;
  }

  @Override
  public String auditSubject() {
    return getInterpreter().getDisplayName();
  }
}
