package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A prize place of a category: its amount (planned with the programme, possibly split otherwise in
 * the decision) and whether it stays empty ("not awarded": its money is not paid).
 */
@Entity
@Table(name = "award_place")
public class AwardPlace extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false, updatable = false)
  private AwardCategory category;

  @Column(name = "place_rank", nullable = false)
  private int rank;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "not_awarded", nullable = false)
  private boolean notAwarded;

  protected AwardPlace() {}

  AwardPlace(AwardCategory category, int rank, BigDecimal amount) {
    this.category = category;
    this.rank = rank;
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The place as the chair decided it. */
  public void decide(BigDecimal amount, boolean notAwarded) {
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
    this.notAwarded = notAwarded;
  }

  public AwardCategory getCategory() {
    return category;
  }

  public int getRank() {
    return rank;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isNotAwarded() {
    return notAwarded;
  }
}
