package de.dortmund.miadoki.awards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ranking of the nominations of one category, computed from the scorecards the jurors have
 * submitted.
 *
 * <p>A juror who has declared a conflict of interest for a nomination (a recusal) never counts for
 * that nomination, even if a scorecard of theirs exists. A nomination's score is either the plain
 * mean of its scorecards or, if the jury decided so, the mean after normalisation: every juror's
 * totals are put on the common scale of the whole jury, so that a lenient juror (who gives high
 * totals to everyone) and a harsh juror (who gives low totals to everyone) weigh the same. Scores
 * that people see as equal, that is equal when rounded to two decimals, share a rank.
 */
public final class JuryRanking {

  /** Lowest total a scorecard can have. */
  private static final double MIN_TOTAL = 0.0;

  /** Highest total a scorecard can have. */
  private static final double MAX_TOTAL = 10.0;

  private JuryRanking() {}

  /**
   * One submitted scorecard: the juror who filled it in, the nomination it is about and its
   * weighted total on the scale from 0 to 10.
   */
  public record Card(String juror, long nomination, double total) {

    /** A scorecard always belongs to a juror. */
    public Card {
      Objects.requireNonNull(juror, "juror");
    }
  }

  /** A juror's declared conflict of interest for one nomination: the juror does not count there. */
  public record Recusal(String juror, long nomination) {

    /** A recusal always belongs to a juror. */
    public Recusal {
      Objects.requireNonNull(juror, "juror");
    }
  }

  /**
   * One line of the ranking: the nomination, its score (not rounded), its rank (equal ranks for
   * scores that are equal to two decimals, with the following rank left out: 1, 1, 3), whether it
   * shares its rank with another nomination, and how many scorecards counted for it.
   */
  public record Ranked(long nomination, double score, int rank, boolean tied, int jurors) {}

  /**
   * The weighted total of one scorecard: every criterion's score (0 to 10) counts as often as its
   * weight, so the total stays on the scale from 0 to 10. For scores 8, 6 and 9 with weights 3, 2
   * and 1 the total is (24 + 12 + 9) / 6 = 7.5.
   *
   * @throws IllegalArgumentException if there are no scores, if scores and weights are not of the
   *     same number, if a score is outside 0 to 10 or if a weight is not positive
   */
  public static double weightedTotal(List<Integer> scores, List<Integer> weights) {
    if (scores == null || weights == null || scores.isEmpty()) {
      throw new IllegalArgumentException("At least one score with its weight is needed");
    }
    if (scores.size() != weights.size()) {
      throw new IllegalArgumentException(
          "Scores and weights differ in number: " + scores.size() + " and " + weights.size());
    }
    long weighted = 0;
    long weightSum = 0;
    for (int i = 0; i < scores.size(); i++) {
      Integer score = scores.get(i);
      Integer weight = weights.get(i);
      if (score == null || score < 0 || score > 10) {
        throw new IllegalArgumentException("Score " + score + " is outside 0 to 10");
      }
      if (weight == null || weight <= 0) {
        throw new IllegalArgumentException("Weight " + weight + " is not positive");
      }
      weighted += (long) score * weight;
      weightSum += weight;
    }
    return (double) weighted / weightSum;
  }

  /**
   * The ranking of all nominations that have at least one scorecard that counts.
   *
   * <p>A scorecard does not count if its juror has a recusal for its nomination. Without
   * normalisation a nomination's score is the mean of the totals of its scorecards that count.
   *
   * <p>With normalisation every scorecard's total is first moved to the jury's common scale: the
   * jury's mean M and standard deviation S are those of all totals that count (of all jurors); a
   * juror's own mean and standard deviation are those of the totals that count of just that juror.
   * A total that lies z of the juror's own standard deviations above (or below) the juror's own
   * mean becomes M + z × S, kept within 0 to 10. A juror who gave every nomination the same total
   * (also a juror with a single scorecard) expresses no preference: each of their scorecards
   * becomes M. The nomination's score is then the mean of its moved totals. Standard deviations are
   * those of the whole population (divided by the number of totals, not by one less).
   *
   * <p>The ranking is ordered by score, highest first, and for equal scores by nomination number.
   * Scores that are equal when rounded half up to two decimals, as they are shown, share a rank;
   * the ranks are those of a competition (1, 1, 3).
   *
   * @param cards the submitted scorecards
   * @param recused the recusals of the category; {@code null} means there are none
   * @param normalised whether the totals are normalised before the mean is taken
   */
  public static List<Ranked> rank(List<Card> cards, Set<Recusal> recused, boolean normalised) {
    Objects.requireNonNull(cards, "cards");
    Set<Recusal> recusals = recused == null ? Set.of() : recused;
    List<Card> counted = new ArrayList<>();
    for (Card card : cards) {
      if (!recusals.contains(new Recusal(card.juror(), card.nomination()))) {
        counted.add(card);
      }
    }
    if (counted.isEmpty()) {
      return List.of();
    }

    double[] values = normalised ? normalisedValues(counted) : plainValues(counted);

    Map<Long, double[]> sums = new LinkedHashMap<>();
    for (int i = 0; i < counted.size(); i++) {
      double[] sum = sums.computeIfAbsent(counted.get(i).nomination(), n -> new double[2]);
      sum[0] += values[i];
      sum[1] += 1;
    }
    List<Ranked> unranked = new ArrayList<>();
    for (Map.Entry<Long, double[]> entry : sums.entrySet()) {
      double[] sum = entry.getValue();
      unranked.add(new Ranked(entry.getKey(), sum[0] / sum[1], 0, false, (int) sum[1]));
    }
    unranked.sort(
        Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::nomination));
    return withRanks(unranked);
  }

  /**
   * The same lines ranked again among themselves, for example the nominations of one category out
   * of a ranking computed over the whole edition (so that each juror's scale is taken over all the
   * nominations they scored). Scores stay as they are; order, ranks and ties follow the rules of
   * {@link #rank}.
   */
  public static List<Ranked> rerank(List<Ranked> lines) {
    List<Ranked> ordered = new ArrayList<>(Objects.requireNonNull(lines, "lines"));
    ordered.sort(
        Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::nomination));
    return withRanks(ordered);
  }

  /** Every scorecard counts with its own total. */
  private static double[] plainValues(List<Card> counted) {
    double[] values = new double[counted.size()];
    for (int i = 0; i < counted.size(); i++) {
      values[i] = counted.get(i).total();
    }
    return values;
  }

  /** Every scorecard's total moved to the jury's common scale. */
  private static double[] normalisedValues(List<Card> counted) {
    double[] all = plainValues(counted);
    Map<String, List<Double>> byJuror = new HashMap<>();
    for (Card card : counted) {
      byJuror.computeIfAbsent(card.juror(), j -> new ArrayList<>()).add(card.total());
    }
    double juryMean = mean(all);
    double juryDeviation = deviation(all, juryMean);

    Map<String, double[]> jurorScales = new HashMap<>();
    for (Map.Entry<String, List<Double>> entry : byJuror.entrySet()) {
      double[] totals = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      double jurorMean = mean(totals);
      double jurorDeviation = allEqual(totals) ? 0.0 : deviation(totals, jurorMean);
      jurorScales.put(entry.getKey(), new double[] {jurorMean, jurorDeviation});
    }

    double[] values = new double[counted.size()];
    for (int i = 0; i < counted.size(); i++) {
      Card card = counted.get(i);
      double[] scale = jurorScales.get(card.juror());
      if (scale[1] == 0.0) {
        values[i] = juryMean;
      } else {
        double z = (card.total() - scale[0]) / scale[1];
        values[i] = Math.max(MIN_TOTAL, Math.min(MAX_TOTAL, juryMean + z * juryDeviation));
      }
    }
    return values;
  }

  /** Ranks and ties for a list already in ranking order. */
  private static List<Ranked> withRanks(List<Ranked> ordered) {
    List<BigDecimal> shown = new ArrayList<>(ordered.size());
    for (Ranked r : ordered) {
      shown.add(BigDecimal.valueOf(r.score()).setScale(2, RoundingMode.HALF_UP));
    }
    List<Ranked> ranked = new ArrayList<>(ordered.size());
    int rank = 0;
    for (int i = 0; i < ordered.size(); i++) {
      if (i == 0 || shown.get(i).compareTo(shown.get(i - 1)) != 0) {
        rank = i + 1;
      }
      boolean tied =
          (i > 0 && shown.get(i).compareTo(shown.get(i - 1)) == 0)
              || (i + 1 < ordered.size() && shown.get(i).compareTo(shown.get(i + 1)) == 0);
      Ranked r = ordered.get(i);
      ranked.add(new Ranked(r.nomination(), r.score(), rank, tied, r.jurors()));
    }
    return List.copyOf(ranked);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Standard deviation of the whole population. */
  private static double deviation(double[] values, double mean) {
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length);
  }

  /** Exact comparison, so that rounding in the mean never turns equal totals into a tiny spread. */
  private static boolean allEqual(double[] values) {
    for (double v : values) {
      if (Double.compare(v, values[0]) != 0) {
        return false;
      }
    }
    return true;
  }
}
