package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A juror's declaration about one nomination, made before seeing more than the names: no conflict
 * of interest (the juror may open and score it), or a conflict with its reason (the juror is
 * recused). Made once; it cannot be taken back.
 */
@Entity
@Table(name = "award_declaration")
public class Declaration extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
  private Nomination nomination;

  @ManyToOne(optional = false)
  @JoinColumn(name = "juror_id", nullable = false, updatable = false)
  private Juror juror;

  @Column(name = "conflict", nullable = false, updatable = false)
  private boolean conflict;

  @Column(name = "reason", updatable = false)
  private String reason;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private LocalDateTime declaredAt;

  protected Declaration() {}

  public Declaration(
      Nomination nomination, Juror juror, boolean conflict, String reason, LocalDateTime at) {
    this.nomination = nomination;
    this.juror = juror;
    this.conflict = conflict;
    this.reason = conflict ? reason.strip() : null;
    this.declaredAt = at;
  }

  public Nomination getNomination() {
    return nomination;
  }

  public Juror getJuror() {
    return juror;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getDeclaredAt() {
    return declaredAt;
  }

  @Override
  public String auditSubject() {
    return nomination.getReceiptNumber() + " / " + juror.getUsername();
  }
}
