package de.dortmund.miadoki.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.dortmund.miadoki.awards.domain.JuryRanking.Card;
import de.dortmund.miadoki.awards.domain.JuryRanking.Ranked;
import de.dortmund.miadoki.awards.domain.JuryRanking.Recusal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JuryRankingTest {

  private static final double HAND = 0.005;

  // Nominations of the worked example.
  private static final long ZEYNEP_DEMIR = 101; // Stadtteilmütter in der Nordstadt
  private static final long NGUYEN_VAN_AN = 102; // Nachbarschaftsgarten in Hörde
  private static final long HEVI_ZANA = 103; // Sprachcafé in Eving

  /**
   * The worked example: three jurors, three nominations, every juror scored every nomination.
   *
   * <pre>
   *                  Zeynep Demir (101)  Nguyen Van An (102)  Hêvî Zana (103)
   * ayse.kaya   (lenient)       10                  7                   7
   * rezan.aslan (harsh)          2                  4                   3
   * olena.koval (all equal)      7                  7                   7
   * </pre>
   */
  private static final List<Card> WORKED =
      List.of(
          new Card("ayse.kaya", ZEYNEP_DEMIR, 10.0),
          new Card("ayse.kaya", NGUYEN_VAN_AN, 7.0),
          new Card("ayse.kaya", HEVI_ZANA, 7.0),
          new Card("rezan.aslan", ZEYNEP_DEMIR, 2.0),
          new Card("rezan.aslan", NGUYEN_VAN_AN, 4.0),
          new Card("rezan.aslan", HEVI_ZANA, 3.0),
          new Card("olena.koval", ZEYNEP_DEMIR, 7.0),
          new Card("olena.koval", NGUYEN_VAN_AN, 7.0),
          new Card("olena.koval", HEVI_ZANA, 7.0));

  @Test
  void workedExampleNormalisedByHand() {
    // Jury, all nine totals: 10, 7, 7, 2, 4, 3, 7, 7, 7
    //   M  = 54 / 9 = 6
    //   deviations from 6: 4, 1, 1, -4, -2, -3, 1, 1, 1
    //   S² = (16 + 1 + 1 + 16 + 4 + 9 + 1 + 1 + 1) / 9 = 50 / 9 = 5.5556
    //   S  = 2.35702
    //
    // ayse.kaya (lenient): 10, 7, 7
    //   m = 24 / 3 = 8, s² = (4 + 1 + 1) / 3 = 2, s = 1.41421
    //   z(101) = (10 - 8) / 1.41421 = +1.41421 -> 6 + 1.41421 * 2.35702 = 6 + 3.33333 = 9.33333
    //   z(102) = (7 - 8) / 1.41421 = -0.70711 -> 6 - 0.70711 * 2.35702 = 6 - 1.66667 = 4.33333
    //   z(103) = (7 - 8) / 1.41421 = -0.70711 -> 4.33333
    //
    // rezan.aslan (harsh): 2, 4, 3
    //   m = 9 / 3 = 3, s² = (1 + 1 + 0) / 3 = 0.66667, s = 0.81650
    //   z(101) = (2 - 3) / 0.81650 = -1.22474 -> 6 - 1.22474 * 2.35702 = 6 - 2.88675 = 3.11325
    //   z(102) = (4 - 3) / 0.81650 = +1.22474 -> 6 + 2.88675 = 8.88675
    //   z(103) = (3 - 3) / 0.81650 = 0 -> 6
    //
    // olena.koval (all 7): s = 0, no preference -> every card counts as M = 6
    //
    // Scores:
    //   101 = (9.33333 + 3.11325 + 6) / 3 = 18.44658 / 3 = 6.14886
    //   102 = (4.33333 + 8.88675 + 6) / 3 = 19.22008 / 3 = 6.40669
    //   103 = (4.33333 + 6       + 6) / 3 = 16.33333 / 3 = 5.44444
    List<Ranked> ranking = JuryRanking.rank(WORKED, Set.of(), true);

    assertThat(ranking)
        .extracting(Ranked::nomination)
        .containsExactly(NGUYEN_VAN_AN, ZEYNEP_DEMIR, HEVI_ZANA);
    assertThat(ranking.get(0).score()).isCloseTo(6.40669, within(HAND));
    assertThat(ranking.get(1).score()).isCloseTo(6.14886, within(HAND));
    assertThat(ranking.get(2).score()).isCloseTo(5.44444, within(HAND));
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 3);
    assertThat(ranking).extracting(Ranked::tied).containsExactly(false, false, false);
    assertThat(ranking).extracting(Ranked::jurors).containsExactly(3, 3, 3);
  }

  @Test
  void workedExamplePlainMean() {
    // 101 = (10 + 2 + 7) / 3 = 19 / 3 = 6.33333
    // 102 = (7 + 4 + 7) / 3 = 18 / 3 = 6.00000
    // 103 = (7 + 3 + 7) / 3 = 17 / 3 = 5.66667
    List<Ranked> ranking = JuryRanking.rank(WORKED, Set.of(), false);

    assertThat(ranking)
        .extracting(Ranked::nomination)
        .containsExactly(ZEYNEP_DEMIR, NGUYEN_VAN_AN, HEVI_ZANA);
    assertThat(ranking.get(0).score()).isCloseTo(6.33333, within(HAND));
    assertThat(ranking.get(1).score()).isCloseTo(6.0, within(HAND));
    assertThat(ranking.get(2).score()).isCloseTo(5.66667, within(HAND));
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 3);
    assertThat(ranking).extracting(Ranked::jurors).containsExactly(3, 3, 3);
  }

  @Test
  void normalisationLetsTheHarshJurorsFavouriteRise() {
    // rezan.aslan gives low totals to everyone, but 102 is clearly the favourite (4 against 2 and
    // 3). In the plain mean ayse.kaya's generous 10 for 101 outweighs that; normalised, both
    // preferences count on the same scale and 102 moves from second place to first.
    Ranked plainFirst = JuryRanking.rank(WORKED, Set.of(), false).get(0);
    Ranked normalisedFirst = JuryRanking.rank(WORKED, Set.of(), true).get(0);

    assertThat(plainFirst.nomination()).isEqualTo(ZEYNEP_DEMIR);
    assertThat(normalisedFirst.nomination()).isEqualTo(NGUYEN_VAN_AN);
  }

  @Test
  void plainScoreIsTheMeanOfTheTotals() {
    List<Ranked> ranking =
        JuryRanking.rank(
            List.of(
                new Card("ayse.kaya", 7, 8.5),
                new Card("minh.pham", 7, 6.0),
                new Card("olena.koval", 7, 7.0)),
            Set.of(),
            false);

    // (8.5 + 6.0 + 7.0) / 3 = 21.5 / 3 = 7.16667
    assertThat(ranking).hasSize(1);
    assertThat(ranking.get(0).score()).isCloseTo(7.16667, within(HAND));
    assertThat(ranking.get(0).jurors()).isEqualTo(3);
    assertThat(ranking.get(0).rank()).isEqualTo(1);
    assertThat(ranking.get(0).tied()).isFalse();
  }

  @Test
  void weightedTotalCountsEveryScoreAsOftenAsItsWeight() {
    // (8 * 3 + 6 * 2 + 9 * 1) / (3 + 2 + 1) = (24 + 12 + 9) / 6 = 45 / 6 = 7.5
    assertThat(JuryRanking.weightedTotal(List.of(8, 6, 9), List.of(3, 2, 1))).isEqualTo(7.5);
    // equal weights: the plain mean, (10 + 5 + 0) / 3 = 5
    assertThat(JuryRanking.weightedTotal(List.of(10, 5, 0), List.of(2, 2, 2))).isEqualTo(5.0);
    assertThat(JuryRanking.weightedTotal(List.of(10), List.of(4))).isEqualTo(10.0);
  }

  @Test
  void weightedTotalRefusesWhatIsNoScorecard() {
    assertThatThrownBy(() -> JuryRanking.weightedTotal(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JuryRanking.weightedTotal(List.of(8, 6), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JuryRanking.weightedTotal(List.of(8, 6), List.of(1, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JuryRanking.weightedTotal(List.of(11), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalisedValuesAreKeptWithinZeroAndTen() {
    // minh.pham: 201 -> 10, 202..204 -> 0; olena.koval: 10 for all four.
    //   all totals: 10, 0, 0, 0, 10, 10, 10, 10 -> M = 50 / 8 = 6.25
    //   S² = (5 * 3.75² + 3 * 6.25²) / 8 = (70.3125 + 117.1875) / 8 = 23.4375, S = 4.84123
    //   minh.pham: m = 2.5, s² = (7.5² + 3 * 2.5²) / 4 = 18.75, s = 4.33013
    //     z(201) = 7.5 / 4.33013 = 1.73205 -> 6.25 + 1.73205 * 4.84123 = 14.63525 -> clipped to 10
    //     z(202) = -2.5 / 4.33013 = -0.57735 -> 6.25 - 2.79508 = 3.45492
    //   olena.koval: all equal -> 6.25
    //   201 = (10 + 6.25) / 2 = 8.125 (without clipping it would be 10.44263)
    //   202 = (3.45492 + 6.25) / 2 = 4.85246
    List<Card> high =
        List.of(
            new Card("minh.pham", 201, 10.0),
            new Card("minh.pham", 202, 0.0),
            new Card("minh.pham", 203, 0.0),
            new Card("minh.pham", 204, 0.0),
            new Card("olena.koval", 201, 10.0),
            new Card("olena.koval", 202, 10.0),
            new Card("olena.koval", 203, 10.0),
            new Card("olena.koval", 204, 10.0));
    List<Ranked> highRanking = JuryRanking.rank(high, Set.of(), true);

    assertThat(highRanking.get(0).nomination()).isEqualTo(201L);
    assertThat(highRanking.get(0).score()).isCloseTo(8.125, within(HAND));
    assertThat(highRanking.get(1).score()).isCloseTo(4.85246, within(HAND));

    // The mirror image: minh.pham 201 -> 0, 202..204 -> 10; olena.koval 0 for all four.
    //   M = 30 / 8 = 3.75, S = 4.84123 (same spread), minh.pham: m = 7.5, s = 4.33013
    //     z(201) = -1.73205 -> 3.75 - 8.38525 = -4.63525 -> clipped to 0
    //     z(202) = +0.57735 -> 3.75 + 2.79508 = 6.54508
    //   201 = (0 + 3.75) / 2 = 1.875, 202 = (6.54508 + 3.75) / 2 = 5.14754
    List<Card> low =
        List.of(
            new Card("minh.pham", 201, 0.0),
            new Card("minh.pham", 202, 10.0),
            new Card("minh.pham", 203, 10.0),
            new Card("minh.pham", 204, 10.0),
            new Card("olena.koval", 201, 0.0),
            new Card("olena.koval", 202, 0.0),
            new Card("olena.koval", 203, 0.0),
            new Card("olena.koval", 204, 0.0));
    List<Ranked> lowRanking = JuryRanking.rank(low, Set.of(), true);

    assertThat(lowRanking.get(0).score()).isCloseTo(5.14754, within(HAND));
    assertThat(lowRanking.get(3).nomination()).isEqualTo(201L);
    assertThat(lowRanking.get(3).score()).isCloseTo(1.875, within(HAND));
  }

  @Test
  void aRecusedJurorsCardDoesNotCount() {
    // minh.pham declared a conflict of interest for 301 (Yusuf Aydın), but a card exists anyway.
    // olena.koval is recused for 303 (Dilan Çelik) and is the only one who scored it.
    List<Card> cards =
        List.of(
            new Card("ayse.kaya", 301, 8.0),
            new Card("rezan.aslan", 301, 6.0),
            new Card("minh.pham", 301, 2.0),
            new Card("ayse.kaya", 302, 7.0),
            new Card("minh.pham", 302, 9.0),
            new Card("olena.koval", 303, 5.0));
    Set<Recusal> recused = Set.of(new Recusal("minh.pham", 301), new Recusal("olena.koval", 303));

    // Plain: 301 = (8 + 6) / 2 = 7, 302 = (7 + 9) / 2 = 8; 303 has no card that counts.
    List<Ranked> plain = JuryRanking.rank(cards, recused, false);
    assertThat(plain).extracting(Ranked::nomination).containsExactly(302L, 301L);
    assertThat(plain.get(0).score()).isCloseTo(8.0, within(HAND));
    assertThat(plain.get(1).score()).isCloseTo(7.0, within(HAND));
    assertThat(plain).extracting(Ranked::jurors).containsExactly(2, 2);

    // Normalised, only the counted totals 8, 6, 7, 9 make the scales:
    //   M = 30 / 4 = 7.5, S² = (0.25 + 2.25 + 0.25 + 2.25) / 4 = 1.25, S = 1.11803
    //   ayse.kaya: 8, 7 -> m = 7.5, s = 0.5; z(301) = +1 -> 8.61803, z(302) = -1 -> 6.38197
    //   rezan.aslan: only 6 -> 7.5; minh.pham: only 9 (the recused 2 is ignored) -> 7.5
    //   301 = (8.61803 + 7.5) / 2 = 8.05902, 302 = (6.38197 + 7.5) / 2 = 6.94098
    List<Ranked> normalised = JuryRanking.rank(cards, recused, true);
    assertThat(normalised).extracting(Ranked::nomination).containsExactly(301L, 302L);
    assertThat(normalised.get(0).score()).isCloseTo(8.05902, within(HAND));
    assertThat(normalised.get(1).score()).isCloseTo(6.94098, within(HAND));
    assertThat(normalised).extracting(Ranked::jurors).containsExactly(2, 2);
  }

  @Test
  void scoresThatAreShownAlikeShareTheirRank() {
    // 8.123 and 8.121 are both shown as 8.12: a tie for first place, the next rank is 3.
    List<Ranked> ranking =
        JuryRanking.rank(
            List.of(
                new Card("ayse.kaya", 401, 8.121),
                new Card("ayse.kaya", 402, 8.123),
                new Card("ayse.kaya", 403, 8.1),
                new Card("ayse.kaya", 404, 7.5)),
            Set.of(),
            false);

    assertThat(ranking).extracting(Ranked::nomination).containsExactly(402L, 401L, 403L, 404L);
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 1, 3, 4);
    assertThat(ranking).extracting(Ranked::tied).containsExactly(true, true, false, false);
    // the score stays unrounded
    assertThat(ranking.get(0).score()).isEqualTo(8.123);
  }

  @Test
  void scoresShownDifferentlyDoNotTie() {
    // 8.126 is shown as 8.13, 8.124 as 8.12: no tie although they differ in the third decimal only
    List<Ranked> ranking =
        JuryRanking.rank(
            List.of(new Card("olena.koval", 501, 8.124), new Card("olena.koval", 502, 8.126)),
            Set.of(),
            false);

    assertThat(ranking).extracting(Ranked::nomination).containsExactly(502L, 501L);
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2);
    assertThat(ranking).extracting(Ranked::tied).containsExactly(false, false);
  }

  @Test
  void equalScoresAreListedByNominationNumber() {
    List<Ranked> ranking =
        JuryRanking.rank(
            List.of(
                new Card("rezan.aslan", 603, 6.0),
                new Card("rezan.aslan", 601, 9.0),
                new Card("rezan.aslan", 602, 6.0)),
            null,
            false);

    assertThat(ranking).extracting(Ranked::nomination).containsExactly(601L, 602L, 603L);
    assertThat(ranking).extracting(Ranked::rank).containsExactly(1, 2, 2);
    assertThat(ranking).extracting(Ranked::tied).containsExactly(false, true, true);
  }

  @Test
  void noCardsNoRanking() {
    assertThat(JuryRanking.rank(List.of(), Set.of(), true)).isEmpty();
  }

  @Test
  void aSubsetIsRankedAgainAmongItselfWithTheSameTieRule() {
    // The edition-wide ranking of the worked example, then only 101 and 103 (one category):
    // 6.14886 and 5.44444 keep their scores and become ranks 1 and 2.
    List<Ranked> edition = JuryRanking.rank(WORKED, Set.of(), true);
    List<Ranked> category =
        JuryRanking.rerank(edition.stream().filter(r -> r.nomination() != NGUYEN_VAN_AN).toList());

    assertThat(category).extracting(Ranked::nomination).containsExactly(ZEYNEP_DEMIR, HEVI_ZANA);
    assertThat(category).extracting(Ranked::rank).containsExactly(1, 2);
    assertThat(category.get(0).score()).isCloseTo(6.14886, within(HAND));

    // 7.004 and 6.996 both show as 7.00: they tie at rank 1, the next is rank 3
    List<Ranked> close =
        JuryRanking.rerank(
            List.of(
                new Ranked(7, 6.5, 9, false, 2),
                new Ranked(5, 6.996, 9, false, 2),
                new Ranked(6, 7.004, 9, false, 2)));
    assertThat(close).extracting(Ranked::nomination).containsExactly(6L, 5L, 7L);
    assertThat(close).extracting(Ranked::rank).containsExactly(1, 1, 3);
    assertThat(close).extracting(Ranked::tied).containsExactly(true, true, false);
  }
}
