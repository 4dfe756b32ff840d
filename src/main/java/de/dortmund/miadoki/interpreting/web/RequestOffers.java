package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.OfferPlan;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.domain.Offer;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The request page's offers, for coordinators: the tier chosen per candidate, answer deadline and
 * waiting time of the second tier, the offers sent so far, and the booked interpreter's drop-out.
 */
@Named
@ViewScoped
public class RequestOffers implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestPage page;
  @Inject Offers offerService;
  @Inject Assignments assignments;
  @Inject Clock clock;

  private List<Offer> offers = List.of();
  private final Map<Long, Integer> tiers = new HashMap<>();
  private Integer secondTierDelayMinutes = 60;
  private LocalDateTime expiresAt;
  private String dropOutReason;
  private boolean following;

  @PostConstruct
  void init() {
    if (page.isCoordinator()) {
      offers = offerService.of(page.getId());
      expiresAt = defaultExpiry();
    }
  }

  /** A day to answer, but at the latest an hour before the appointment. */
  private LocalDateTime defaultExpiry() {
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    LocalDateTime start = page.getRequest().startsAt();
    LocalDateTime latest = start.minusHours(1);
    LocalDateTime day = now.plusDays(1);
    return day.isBefore(latest) ? day : latest.isAfter(now) ? latest : start;
  }

  /** Sends the offers to the candidates given a tier; an incomplete plan is refused per field. */
  public String send() {
    List<Long> first = withTier(1);
    List<Long> second = withTier(2);
    OfferPlan plan =
        new OfferPlan(
            first,
            second,
            Duration.ofMinutes(secondTierDelayMinutes == null ? 0 : secondTierDelayMinutes),
            expiresAt == null ? null : expiresAt.atZone(clock.getZone()).toInstant(),
            following);
    return page.done("offer.sent", offerService.send(page.getId(), plan).size());
  }

  private List<Long> withTier(int tier) {
    return tiers.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue() == tier)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** A coordinator records that the booked interpreter dropped out. */
  public String dropOut() {
    assignments.dropOut(page.getAssignment().id(), page.getRequest().version(), dropOutReason);
    return page.done("assignment.droppedOut.done");
  }

  /** The interpreter's offer for this request that still waits for an answer, if any. */
  public Offer pendingOffer(long interpreterId) {
    return offers.stream()
        .filter(o -> o.getInterpreter().getId() == interpreterId && o.getStatus().isPending())
        .findFirst()
        .orElse(null);
  }

  public List<Offer> getOffers() {
    return offers;
  }

  public Map<Long, Integer> getTiers() {
    return tiers;
  }

  public Integer getSecondTierDelayMinutes() {
    return secondTierDelayMinutes;
  }

  public void setSecondTierDelayMinutes(Integer secondTierDelayMinutes) {
    this.secondTierDelayMinutes = secondTierDelayMinutes;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public boolean isFollowing() {
    return following;
  }

  public void setFollowing(boolean following) {
    this.following = following;
  }

  public String getDropOutReason() {
    return dropOutReason;
  }

  public void setDropOutReason(String dropOutReason) {
    this.dropOutReason = dropOutReason;
  }
}
