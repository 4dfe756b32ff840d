package de.dortmund.miadoki.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.dortmund.miadoki.awards.domain.PrizeSplit.Place;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrizeSplitTest {

  private static final String CATEGORY = "Ehrenamt im Quartier";
  private static final BigDecimal PRIZE_MONEY = new BigDecimal("10000.00");

  // Nominations
  private static final long AYSE_YILMAZ = 11;
  private static final long REZAN_DOGAN = 12;
  private static final long NGUYEN_THI_HOA = 13;
  private static final long OLENA_SHEVCHENKO = 14;
  private static final long KARIM_HADDAD = 15;
  private static final long JONAS_BECKER = 16;

  private static Place place(int rank, String amount, Long... winners) {
    return new Place(rank, CATEGORY, rank, new BigDecimal(amount), false, List.of(winners));
  }

  private static Place notAwarded(int rank, String amount, Long... winners) {
    return new Place(rank, CATEGORY, rank, new BigDecimal(amount), true, List.of(winners));
  }

  @Test
  void tenThousandAsFiveThreeAndTwoThousandIsValid() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            place(3, "2000.00", NGUYEN_THI_HOA));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places)).isEmpty();
    assertThat(PrizeSplit.paid(places)).isEqualByComparingTo("10000.00");
  }

  @Test
  void placesThatDoNotAddUpToThePrizeMoneyAreRefused() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            place(3, "1000.00", NGUYEN_THI_HOA));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .containsExactly(RuleViolation.general("award.decision.sum", "9000.00", "10000.00"));
  }

  @Test
  void aThirdPlaceNotAwardedIsValidAndItsMoneyIsNotPaid() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            notAwarded(3, "2000.00"));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places)).isEmpty();
    assertThat(PrizeSplit.paid(places)).isEqualByComparingTo("8000.00");
    assertThat(PrizeSplit.shares(places.get(2))).isEmpty();
  }

  @Test
  void aPlaceWithoutWinnersMustBeMarkedAsNotAwarded() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            place(3, "2000.00"));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .containsExactly(RuleViolation.general("award.decision.open", CATEGORY, 3));
  }

  @Test
  void aPlaceNotAwardedHasNoWinners() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            notAwarded(3, "2000.00", NGUYEN_THI_HOA));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .containsExactly(
            RuleViolation.general("award.decision.notAwardedWithWinners", CATEGORY, 3));
  }

  @Test
  void aNominationWinsOnlyOnePlace() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00", REZAN_DOGAN),
            place(3, "2000.00", AYSE_YILMAZ));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .containsExactly(RuleViolation.general("award.decision.twice", AYSE_YILMAZ));
  }

  @Test
  void noAmountIsBelowZero() {
    List<Place> places =
        List.of(
            place(1, "5500.00", AYSE_YILMAZ),
            place(2, "5000.00", REZAN_DOGAN),
            place(3, "-500.00", NGUYEN_THI_HOA));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .containsExactly(RuleViolation.general("award.decision.negative", CATEGORY, 3));
  }

  @Test
  void everyBrokenRuleIsReported() {
    List<Place> places =
        List.of(
            place(1, "5000.00", AYSE_YILMAZ),
            place(2, "3000.00"),
            notAwarded(3, "1000.00", AYSE_YILMAZ));

    assertThat(PrizeSplit.check(PRIZE_MONEY, places))
        .extracting(RuleViolation::messageKey)
        .containsExactlyInAnyOrder(
            "award.decision.sum",
            "award.decision.open",
            "award.decision.notAwardedWithWinners",
            "award.decision.twice");
  }

  @Test
  void twoTiedWinnersShareThePlaceEqually() {
    Place second = place(2, "3000.00", REZAN_DOGAN, OLENA_SHEVCHENKO);

    Map<Long, BigDecimal> shares = PrizeSplit.shares(second);

    assertThat(shares)
        .containsExactly(
            entry(REZAN_DOGAN, new BigDecimal("1500.00")),
            entry(OLENA_SHEVCHENKO, new BigDecimal("1500.00")));
    List<Place> places =
        List.of(place(1, "5000.00", AYSE_YILMAZ), second, place(3, "2000.00", NGUYEN_THI_HOA));
    assertThat(PrizeSplit.check(PRIZE_MONEY, places)).isEmpty();
    assertThat(PrizeSplit.paid(places)).isEqualByComparingTo("10000.00");
  }

  @Test
  void leftoverCentsGoToTheFirstWinnersSoTheSharesAddUpExactly() {
    // 1000.00 / 3 = 333.33 each, rounded down; the one cent left goes to the first winner
    Place third = place(3, "1000.00", NGUYEN_THI_HOA, KARIM_HADDAD, JONAS_BECKER);

    Map<Long, BigDecimal> shares = PrizeSplit.shares(third);

    assertThat(shares)
        .containsExactly(
            entry(NGUYEN_THI_HOA, new BigDecimal("333.34")),
            entry(KARIM_HADDAD, new BigDecimal("333.33")),
            entry(JONAS_BECKER, new BigDecimal("333.33")));
    assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1000.00");
    assertThat(PrizeSplit.paid(List.of(third))).isEqualByComparingTo("1000.00");
  }

  @Test
  void theWinnersOfAPlaceCannotBeChangedAfterwards() {
    List<Long> winners = new ArrayList<>(List.of(AYSE_YILMAZ));
    Place first = new Place(1, CATEGORY, 1, new BigDecimal("5000.00"), false, winners);

    winners.add(REZAN_DOGAN);

    assertThat(first.winners()).containsExactly(AYSE_YILMAZ);
    assertThat(PrizeSplit.shares(first))
        .containsExactly(entry(AYSE_YILMAZ, new BigDecimal("5000.00")));
  }
}
