package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of the pay rates of one engagement, valid from its day until that engagement's next
 * version's day.
 */
@Entity
@Table(name = "rate_scheme")
@NamedQuery(
    name = RateScheme.ALL,
    query = "select s from RateScheme s order by s.engagement, s.validFrom")
public class RateScheme extends BaseEntity {

  public static final String ALL = "RateScheme.all";

  @Enumerated(EnumType.STRING)
  @Column(name = "engagement", nullable = false, updatable = false)
  private Engagement engagement;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "first_block_minutes", nullable = false)
  private int firstBlockMinutes;

  @Column(name = "on_site_first_block", nullable = false)
  private BigDecimal onSiteFirstBlock;

  @Column(name = "on_site_further_hour", nullable = false)
  private BigDecimal onSiteFurtherHour;

  @Column(name = "remote_first_block", nullable = false)
  private BigDecimal remoteFirstBlock;

  @Column(name = "remote_further_hour", nullable = false)
  private BigDecimal remoteFurtherHour;

  @Column(name = "near_km", nullable = false)
  private int nearKm;

  @Column(name = "near_travel", nullable = false)
  private BigDecimal nearTravel;

  @Column(name = "middle_km", nullable = false)
  private int middleKm;

  @Column(name = "middle_travel", nullable = false)
  private BigDecimal middleTravel;

  @Column(name = "far_travel", nullable = false)
  private BigDecimal farTravel;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected RateScheme() {}

  public RateScheme(
      Engagement engagement, LocalDate validFrom, String name, Rates rates, String by) {
    this.engagement = engagement;
    this.validFrom = validFrom;
    this.name = name;
    this.firstBlockMinutes = rates.firstBlockMinutes();
    this.onSiteFirstBlock = rates.onSiteFirstBlock();
    this.onSiteFurtherHour = rates.onSiteFurtherHour();
    this.remoteFirstBlock = rates.remoteFirstBlock();
    this.remoteFurtherHour = rates.remoteFurtherHour();
    this.nearKm = rates.nearKm();
    this.nearTravel = rates.nearTravel();
    this.middleKm = rates.middleKm();
    this.middleTravel = rates.middleTravel();
    this.farTravel = rates.farTravel();
    this.createdBy = by;
  }

  public Rates toRates() {
    return new Rates(
        firstBlockMinutes,
        onSiteFirstBlock,
        onSiteFurtherHour,
        remoteFirstBlock,
        remoteFurtherHour,
        nearKm,
        nearTravel,
        middleKm,
        middleTravel,
        farTravel);
  }

  public Rates getRates() {
    return toRates();
  }

  public Engagement getEngagement() {
    return engagement;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getName() {
    return name;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  @Override
  public String auditSubject() {
    return getName();
  }
}
