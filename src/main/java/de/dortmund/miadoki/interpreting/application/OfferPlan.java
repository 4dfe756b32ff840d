package de.dortmund.miadoki.interpreting.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whom to offer a request to: the first tier at once, the second tier after {@code secondTierDelay}
 * if nobody has accepted by then; every offer expires at {@code expiresAt}. With {@code following}
 * each offer covers the request and the following open occurrences of its series.
 */
public record OfferPlan(
    List<Long> firstTier,
    List<Long> secondTier,
    Duration secondTierDelay,
    Instant expiresAt,
    boolean following) {

  /** A plan for the request alone. */
  public OfferPlan(
      List<Long> firstTier, List<Long> secondTier, Duration secondTierDelay, Instant expiresAt) {
    this(firstTier, secondTier, secondTierDelay, expiresAt, false);
  }

  public OfferPlan {
    firstTier = List.copyOf(firstTier);
    secondTier = secondTier == null ? List.of() : List.copyOf(secondTier);
    secondTierDelay = secondTierDelay == null ? Duration.ZERO : secondTierDelay;
  }
}
