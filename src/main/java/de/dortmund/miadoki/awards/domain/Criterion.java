package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What the jury scores (0 to 10), with its weight in the weighted mean (1 to 10). */
@Entity
@Table(name = "award_criterion")
public class Criterion extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private AwardProgramme programme;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "weight", nullable = false)
  private int weight;

  @Column(name = "position", nullable = false)
  private int position;

  protected Criterion() {}

  Criterion(AwardProgramme programme, String name, int weight, int position) {
    this.programme = programme;
    this.name = name;
    this.weight = weight;
    this.position = position;
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public String getName() {
    return name;
  }

  public int getWeight() {
    return weight;
  }

  public int getPosition() {
    return position;
  }
}
