package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the jury's decision splits a category's prize money over its places, in euros and cents.
 *
 * <p>The amounts of all places, awarded or not, add up to the prize money. A place either has its
 * winners or is expressly marked as not awarded, and then pays nothing. No nomination wins more
 * than one place. Winners who share a place (a tie) share its amount equally.
 */
public final class PrizeSplit {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  private PrizeSplit() {}

  /**
   * One place of the decision: its category, its rank (1 for the first place), the amount set for
   * it, whether the jury decided not to award it, and the nominations that win it (more than one if
   * they share the place).
   */
  public record Place(
      long id,
      String category,
      int rank,
      BigDecimal amount,
      boolean notAwarded,
      List<Long> winners) {

    /** A place has a category and an amount; its winners cannot be changed afterwards. */
    public Place {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(amount, "amount");
      winners = winners == null ? List.of() : List.copyOf(winners);
    }
  }

  /**
   * All rules the decision breaks; an empty list means the decision is valid.
   *
   * <ul>
   *   <li>{@code award.decision.sum} (sum of the places, prize money): the amounts of all places,
   *       also of those not awarded, must add up to exactly the prize money;
   *   <li>{@code award.decision.negative} (category, rank): no amount is below zero;
   *   <li>{@code award.decision.open} (category, rank): a place without winners must be marked as
   *       not awarded;
   *   <li>{@code award.decision.notAwardedWithWinners} (category, rank): a place marked as not
   *       awarded has no winners;
   *   <li>{@code award.decision.twice} (nomination): a nomination is named as winner only once in
   *       the whole decision.
   * </ul>
   *
   * <p>Sums are given as plain numbers with two decimals, such as {@code 9000.00}.
   */
  public static List<RuleViolation> check(BigDecimal prizeMoney, List<Place> places) {
    Objects.requireNonNull(prizeMoney, "prizeMoney");
    Objects.requireNonNull(places, "places");
    List<RuleViolation> violations = new ArrayList<>();

    BigDecimal sum = BigDecimal.ZERO;
    for (Place place : places) {
      sum = sum.add(place.amount());
    }
    if (sum.compareTo(prizeMoney) != 0) {
      violations.add(RuleViolation.general("award.decision.sum", plain(sum), plain(prizeMoney)));
    }

    Map<Long, Integer> wins = new LinkedHashMap<>();
    for (Place place : places) {
      if (place.amount().signum() < 0) {
        violations.add(
            RuleViolation.general("award.decision.negative", place.category(), place.rank()));
      }
      if (place.winners().isEmpty() && !place.notAwarded()) {
        violations.add(
            RuleViolation.general("award.decision.open", place.category(), place.rank()));
      }
      if (!place.winners().isEmpty() && place.notAwarded()) {
        violations.add(
            RuleViolation.general(
                "award.decision.notAwardedWithWinners", place.category(), place.rank()));
      }
      for (Long winner : place.winners()) {
        wins.merge(winner, 1, Integer::sum);
      }
    }
    for (Map.Entry<Long, Integer> entry : wins.entrySet()) {
      if (entry.getValue() > 1) {
        violations.add(RuleViolation.general("award.decision.twice", entry.getKey()));
      }
    }
    return List.copyOf(violations);
  }

  /**
   * What each winner of a place receives, by nomination, in the order of the place's winners.
   *
   * <p>A place that is not awarded, or has no winners, pays nothing. Winners who share a place
   * share its amount equally, in whole cents: each receives the amount divided by the number of
   * winners, rounded down to the cent, and the cents left over go one each to the first winners in
   * the order they are named. So the shares always add up to exactly the place's amount: 1,000.00
   * for three winners is 333.34, 333.33 and 333.33. The amount is taken to the cent.
   */
  public static Map<Long, BigDecimal> shares(Place place) {
    Objects.requireNonNull(place, "place");
    if (place.notAwarded() || place.winners().isEmpty()) {
      return Map.of();
    }
    BigDecimal amount = place.amount().setScale(2, RoundingMode.HALF_UP);
    List<Long> winners = place.winners();
    BigDecimal count = BigDecimal.valueOf(winners.size());
    BigDecimal base = amount.divide(count, 2, RoundingMode.DOWN);
    BigDecimal rest = amount.subtract(base.multiply(count));
    int leftoverCents = rest.movePointRight(2).abs().intValueExact();
    BigDecimal cent = rest.signum() < 0 ? CENT.negate() : CENT;

    Map<Long, BigDecimal> shares = new LinkedHashMap<>();
    for (int i = 0; i < winners.size(); i++) {
      BigDecimal share = i < leftoverCents ? base.add(cent) : base;
      shares.merge(winners.get(i), share, BigDecimal::add);
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * The money the decision pays out: the sum of all winners' shares. Places not awarded pay
   * nothing, so this can be less than the prize money.
   */
  public static BigDecimal paid(List<Place> places) {
    Objects.requireNonNull(places, "places");
    BigDecimal paid = BigDecimal.ZERO.setScale(2);
    for (Place place : places) {
      for (BigDecimal share : shares(place).values()) {
        paid = paid.add(share);
      }
    }
    return paid;
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
