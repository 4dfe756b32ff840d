package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A category of an edition (e.g. people, initiatives, businesses) with its prize places. */
@Entity
@Table(name = "award_category")
public class AwardCategory extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private AwardProgramme programme;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "position", nullable = false)
  private int position;

  @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("rank")
  private List<AwardPlace> places = new ArrayList<>();

  protected AwardCategory() {}

  AwardCategory(AwardProgramme programme, String name, int position, List<BigDecimal> amounts) {
    this.programme = programme;
    this.name = name;
    this.position = position;
    for (int i = 0; i < amounts.size(); i++) {
      places.add(new AwardPlace(this, i + 1, amounts.get(i)));
    }
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public List<AwardPlace> getPlaces() {
    return places;
  }
}
