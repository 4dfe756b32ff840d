package de.dortmund.miadoki.interpreting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the eligible candidates by soft scores: fairness, continuity with the client reference,
 * distance, the client's preferred interpreters and a preferred gender. Ties go to the lower
 * fairness load, then to the lower id, so the order is stable.
 *
 * <p>Fairness is about chances, not only work: the load counts the hours assigned in the last 30
 * days, and each offer received in that time as {@value #OFFER_HOURS} h, each one declined or left
 * to expire as a further {@value #DECLINED_HOURS} h. Someone who declines every offer therefore
 * moves down as the offers pile up, instead of staying on top with no hours.
 */
public final class Ranking {

  /** Hours at which the fairness score reaches zero. */
  static final double FAIRNESS_CEILING_HOURS = 40;

  /** What receiving an offer counts, in hours of load. */
  static final double OFFER_HOURS = 0.5;

  /** What declining an offer (or letting it expire) counts on top, in hours of load. */
  static final double DECLINED_HOURS = 1.5;

  /** Distance at which the distance score reaches zero. */
  static final double DISTANCE_CEILING_KM = 20;

  private Ranking() {}

  public static List<RankedCandidate> rank(
      List<Candidate> candidates, Need need, MatchingPolicy policy) {
    List<RankedCandidate> ranked = new ArrayList<>();
    for (Candidate c : candidates) {
      if (Eligibility.isEligible(c, need, policy)) {
        ranked.add(score(c, need, policy));
      }
    }
    ranked.sort(
        Comparator.comparingDouble(RankedCandidate::score)
            .reversed()
            .thenComparingDouble(r -> fairnessLoad(r.candidate()))
            .thenComparingLong(r -> r.candidate().id()));
    return ranked;
  }

  /** Hours worked plus what the offers received and declined count, in the last 30 days. */
  static double fairnessLoad(Candidate c) {
    return c.minutesLast30Days() / 60.0
        + OFFER_HOURS * c.offersReceived()
        + DECLINED_HOURS * c.offersDeclined();
  }

  static RankedCandidate score(Candidate c, Need need, MatchingPolicy policy) {
    List<ScoreReason> reasons = new ArrayList<>();
    double hours = c.minutesLast30Days() / 60.0;
    double load = fairnessLoad(c);
    double fairness = policy.fairnessWeight() * Math.max(0, 1 - load / FAIRNESS_CEILING_HOURS);
    reasons.add(
        ScoreReason.of(
            "score.fairness",
            fairness,
            Math.round(hours * 10) / 10.0,
            c.offersReceived(),
            c.offersDeclined()));

    if (c.earlierWithClient() > 0) {
      double continuity = policy.continuityWeight() * Math.min(1, c.earlierWithClient() / 3.0);
      reasons.add(ScoreReason.of("score.continuity", continuity, c.earlierWithClient()));
    }
    if (need.mode().involvesTravel() && c.home() != null) {
      double km = c.home().distanceKm(need.district());
      double distance = policy.distanceWeight() * Math.max(0, 1 - km / DISTANCE_CEILING_KM);
      reasons.add(ScoreReason.of("score.distance", distance, Math.round(km * 10) / 10.0));
    }
    if (need.preferred().contains(c.id())) {
      reasons.add(ScoreReason.of("score.preferred", policy.preferredWeight()));
    }
    if (need.genderRequirement() == GenderRequirement.PREFERRED && c.gender() == need.gender()) {
      reasons.add(ScoreReason.of("score.gender", policy.genderWeight(), need.gender()));
    }
    double total = reasons.stream().mapToDouble(ScoreReason::points).sum();
    return new RankedCandidate(c, Math.round(total * 10) / 10.0, List.copyOf(reasons));
  }
}
