package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.RateScheme;
import de.dortmund.miadoki.interpreting.domain.Rates;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The rate schemes for coordinators: every version with its first day, and a new version. */
@Named
@ViewScoped
public class RateSchemesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Statements statements;
  @Inject Clock clock;

  private List<RateScheme> schemes;
  private Engagement engagement = Engagement.VOLUNTEER;
  private LocalDate validFrom;
  private String name;
  private Integer firstBlockMinutes;
  private BigDecimal onSiteFirstBlock;
  private BigDecimal onSiteFurtherHour;
  private BigDecimal remoteFirstBlock;
  private BigDecimal remoteFurtherHour;
  private Integer nearKm;
  private BigDecimal nearTravel;
  private Integer middleKm;
  private BigDecimal middleTravel;
  private BigDecimal farTravel;

  public void load() {
    schemes = statements.schemes();
    validFrom = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
    engagementChanged();
  }

  /** Fills the new scheme's amounts with the latest ones of the chosen engagement. */
  public void engagementChanged() {
    Rates latest =
        schemes.stream()
            .filter(s -> s.getEngagement() == engagement)
            .reduce((first, second) -> second)
            .map(RateScheme::getRates)
            .orElseGet(Rates::standard);
    firstBlockMinutes = latest.firstBlockMinutes();
    onSiteFirstBlock = latest.onSiteFirstBlock();
    onSiteFurtherHour = latest.onSiteFurtherHour();
    remoteFirstBlock = latest.remoteFirstBlock();
    remoteFurtherHour = latest.remoteFurtherHour();
    nearKm = latest.nearKm();
    nearTravel = latest.nearTravel();
    middleKm = latest.middleKm();
    middleTravel = latest.middleTravel();
    farTravel = latest.farTravel();
  }

  public void add() {
    Rates rates;
    try {
      rates =
          new Rates(
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
    } catch (IllegalArgumentException | NullPointerException e) {
      Messages.error("rates:middleKm", "rates.bands");
      return;
    }
    statements.addScheme(engagement, validFrom, name, rates);
    Messages.info("rates.added");
    name = null;
    load();
  }

  public List<RateScheme> getSchemes() {
    return schemes;
  }

  public Engagement getEngagement() {
    return engagement;
  }

  public void setEngagement(Engagement engagement) {
    this.engagement = engagement;
  }

  public Engagement[] getEngagements() {
    return Engagement.values();
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getFirstBlockMinutes() {
    return firstBlockMinutes;
  }

  public void setFirstBlockMinutes(Integer firstBlockMinutes) {
    this.firstBlockMinutes = firstBlockMinutes;
  }

  public BigDecimal getOnSiteFirstBlock() {
    return onSiteFirstBlock;
  }

  public void setOnSiteFirstBlock(BigDecimal onSiteFirstBlock) {
    this.onSiteFirstBlock = onSiteFirstBlock;
  }

  public BigDecimal getOnSiteFurtherHour() {
    return onSiteFurtherHour;
  }

  public void setOnSiteFurtherHour(BigDecimal onSiteFurtherHour) {
    this.onSiteFurtherHour = onSiteFurtherHour;
  }

  public BigDecimal getRemoteFirstBlock() {
    return remoteFirstBlock;
  }

  public void setRemoteFirstBlock(BigDecimal remoteFirstBlock) {
    this.remoteFirstBlock = remoteFirstBlock;
  }

  public BigDecimal getRemoteFurtherHour() {
    return remoteFurtherHour;
  }

  public void setRemoteFurtherHour(BigDecimal remoteFurtherHour) {
    this.remoteFurtherHour = remoteFurtherHour;
  }

  public Integer getNearKm() {
    return nearKm;
  }

  public void setNearKm(Integer nearKm) {
    this.nearKm = nearKm;
  }

  public BigDecimal getNearTravel() {
    return nearTravel;
  }

  public void setNearTravel(BigDecimal nearTravel) {
    this.nearTravel = nearTravel;
  }

  public Integer getMiddleKm() {
    return middleKm;
  }

  public void setMiddleKm(Integer middleKm) {
    this.middleKm = middleKm;
  }

  public BigDecimal getMiddleTravel() {
    return middleTravel;
  }

  public void setMiddleTravel(BigDecimal middleTravel) {
    this.middleTravel = middleTravel;
  }

  public BigDecimal getFarTravel() {
    return farTravel;
  }

  public void setFarTravel(BigDecimal farTravel) {
    this.farTravel = farTravel;
  }
}
