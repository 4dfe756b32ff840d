package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * One payment run: the approved statements of a month that were handed to the finance office
 * together, each at most once, with the city's paying account as it was then. Its SEPA file and
 * listing are drawn from the statements it holds, so they can be downloaded again unchanged.
 */
@Entity
@Table(name = "payment_run")
@NamedQuery(
    name = PaymentRun.OF_MONTH,
    query = "select r from PaymentRun r where r.month = :month order by r.id desc")
public class PaymentRun extends BaseEntity {

  public static final String OF_MONTH = "PaymentRun.ofMonth";

  @Column(name = "statement_month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "transfers", nullable = false, updatable = false)
  private int transfers;

  @Column(name = "total", nullable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "payer_name", nullable = false, updatable = false)
  private String payerName;

  @Column(name = "payer_iban", nullable = false, updatable = false)
  private String payerIban;

  @Column(name = "payer_bic", updatable = false)
  private String payerBic;

  protected PaymentRun() {}

  public PaymentRun(
      YearMonth month, int transfers, BigDecimal total, Payout payer, String by, Instant now) {
    this.month = month.atDay(1);
    this.transfers = transfers;
    this.total = total;
    this.payerName = payer.payerName();
    this.payerIban = payer.payerIban();
    this.payerBic = payer.payerBic();
    this.createdBy = by;
    this.createdAt = Timestamps.of(now);
  }

  /** The message id of its SEPA file: unique per run, at most 35 characters. */
  public String getReference() {
    return "MIADOKI-DP-" + month.getYear() + "-" + month.getMonthValue() + "-" + getId();
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public int getTransfers() {
    return transfers;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getPayerName() {
    return payerName;
  }

  public String getPayerIban() {
    return payerIban;
  }

  public String getPayerBic() {
    return payerBic;
  }

  @Override
  public String auditSubject() {
    return getReference();
  }
}
