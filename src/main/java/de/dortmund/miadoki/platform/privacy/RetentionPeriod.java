package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The retention period ADMIN set for a kind of record, with who set it and when. */
@Entity
@Table(name = "retention_period")
@NamedQuery(name = RetentionPeriod.ALL, query = "select p from RetentionPeriod p")
public class RetentionPeriod extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "RetentionPeriod.all";

  @Column(name = "record_type", nullable = false, updatable = false)
  private String recordType;

  @Column(name = "months", nullable = false)
  private int months;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected RetentionPeriod() {}

  public RetentionPeriod(String recordType) {
    this.recordType = recordType;
  }

  public void set(int months, String by, OffsetDateTime at) {
    this.months = months;
    this.changedBy = by;
    this.changedAt = at;
  }

  @Override
  public String auditSubject() {
    return recordType;
  }

  public String getRecordType() {
    return recordType;
  }

  public int getMonths() {
    return months;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }
}
