package de.dortmund.miadoki.interpreting.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whom to offer a request to: the first tier at once, the second tier after {@code secondTierDelay}
 * if nobody has accepted by then; every offer expires at {@code expiresAt}.
 */
public record OfferPlan(
    List<Long> firstTier, List<Long> secondTier, Duration secondTierDelay, Instant expiresAt) {

  public OfferPlan {
    firstTier = List.copyOf(firstTier);
    secondTier = secondTier == null ? List.of() : List.copyOf(secondTier);
    secondTierDelay = secondTierDelay == null ? Duration.ZERO : secondTierDelay;
  }
}
