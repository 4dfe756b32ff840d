package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.interpreting.domain.Compensation.Item;
import de.dortmund.miadoki.interpreting.domain.Compensation.Pay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompensationTest {

  private static final Rates RATES = Rates.standard();
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static Pay completed(long minutes, Mode mode, Integer km) {
    return Compensation.pay(new Item(Outcome.COMPLETED, mode, 60, minutes, km), RATES);
  }

  @ParameterizedTest(name = "{0} minutes on site: EUR {1}")
  @CsvSource({
    "0, 0.00",
    "1, 25.00",
    "120, 25.00",
    "121, 35.00",
    "180, 35.00",
    "181, 45.00",
    "240, 45.00",
    "241, 55.00"
  })
  void theFirstTwoHoursAreFlatThenEveryStartedHourCounts(long minutes, String amount) {
    assertThat(completed(minutes, Mode.ON_SITE, null).total()).isEqualByComparingTo(amount);
  }

  @Test
  void phoneAndVideoHaveTheirOwnRatesAndNoTravel() {
    assertThat(completed(120, Mode.PHONE, 30).total()).isEqualByComparingTo("20.00");
    assertThat(completed(121, Mode.VIDEO, 30).total()).isEqualByComparingTo("28.00");
  }

  @ParameterizedTest(name = "{0} km: EUR {1}")
  @CsvSource({"0, 0.00", "1, 5.00", "10, 5.00", "11, 10.00", "25, 10.00", "26, 15.00"})
  void travelIsAFlatRateByDistanceBand(int km, String travel) {
    assertThat(completed(60, Mode.ON_SITE, km).travelAmount()).isEqualByComparingTo(travel);
  }

  @Test
  void aLateCancellationPaysTheBookedTimeWithoutTravel() {
    Pay pay =
        Compensation.pay(new Item(Outcome.CANCELLED_LATE, Mode.ON_SITE, 150, null, 30), RATES);
    assertThat(pay.timeAmount()).isEqualByComparingTo("35.00");
    assertThat(pay.travelAmount()).isEqualByComparingTo("0.00");
    assertThat(pay.ruleKey()).isEqualTo("compensation.lateCancellation");
  }

  @Test
  void anInterpretersNoShowPaysNothingAClientsNoShowPaysTheBookedTimeAndTravel() {
    assertThat(
            Compensation.pay(
                    new Item(Outcome.NO_SHOW_INTERPRETER, Mode.ON_SITE, 90, null, 12), RATES)
                .total())
        .isEqualByComparingTo("0.00");
    assertThat(
            Compensation.pay(new Item(Outcome.NO_SHOW_CLIENT, Mode.ON_SITE, 90, null, 12), RATES)
                .total())
        .isEqualByComparingTo("35.00");
    assertThat(
            Compensation.pay(new Item(Outcome.CANCELLED_IN_TIME, Mode.ON_SITE, 90, null, 12), RATES)
                .total())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void aCancellationLessThan24HoursAheadIsLateAndExactly24HoursIsInTime() {
    LocalDateTime start = LocalDateTime.of(2026, 3, 10, 10, 0);
    var startInstant = start.atZone(BERLIN).toInstant();
    assertThat(
            Compensation.isLateCancellation(
                startInstant.minusSeconds(23 * 3600 + 59 * 60), start, BERLIN))
        .isTrue();
    assertThat(Compensation.isLateCancellation(startInstant.minusSeconds(24 * 3600), start, BERLIN))
        .isFalse();
    assertThat(
            Compensation.isLateCancellation(
                startInstant.minusSeconds(24 * 3600 + 60), start, BERLIN))
        .isFalse();
  }

  @Test
  void aCancellationAcrossTheClockChangeCountsRealHours() {
    // the night of 29 March 2026 has only 23 hours in Berlin
    LocalDateTime start = LocalDateTime.of(2026, 3, 29, 10, 0);
    var dayBefore = LocalDateTime.of(2026, 3, 28, 10, 30).atZone(BERLIN).toInstant();
    assertThat(Compensation.isLateCancellation(dayBefore, start, BERLIN)).isTrue();
  }

  @Test
  void aSchemeChangingMidMonthAppliesFromItsFirstDay() {
    Rates raised =
        new Rates(
            120,
            eur("30.00"),
            eur("12.00"),
            eur("22.00"),
            eur("9.00"),
            10,
            eur("6.00"),
            25,
            eur("11.00"),
            eur("16.00"));
    RateTable table =
        new RateTable(Map.of(LocalDate.of(2020, 1, 1), RATES, LocalDate.of(2026, 4, 15), raised));
    assertThat(table.on(LocalDate.of(2026, 4, 14))).isEqualTo(RATES);
    assertThat(table.on(LocalDate.of(2026, 4, 15))).isEqualTo(raised);
    Pay before =
        Compensation.pay(
            new Item(Outcome.COMPLETED, Mode.ON_SITE, 60, 121L, 5),
            table.on(LocalDate.of(2026, 4, 14)));
    Pay after =
        Compensation.pay(
            new Item(Outcome.COMPLETED, Mode.ON_SITE, 60, 121L, 5),
            table.on(LocalDate.of(2026, 4, 15)));
    assertThat(before.total()).isEqualByComparingTo("40.00");
    assertThat(after.total()).isEqualByComparingTo("48.00");
  }

  @Test
  void aStatementListsNewItemsAndCorrectsChangedOnesWithTheDifference() {
    LocalDateTime day = LocalDateTime.of(2026, 4, 2, 9, 0);
    Pay twoHours = completed(120, Mode.ON_SITE, 8); // 25 + 5
    Pay threeHours = completed(180, Mode.ON_SITE, 8); // 35 + 5
    List<StatementDraft.Line> lines =
        StatementDraft.lines(
            List.of(
                new StatementDraft.Source(1, day, "Arabisch", twoHours, null),
                new StatementDraft.Source(2, day, "Farsi", threeHours, eur("30.00")),
                new StatementDraft.Source(3, day, "Dari", twoHours, eur("30.00"))));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).amount()).isEqualByComparingTo("30.00");
    assertThat(lines.get(0).correction()).isFalse();
    assertThat(lines.get(1).amount()).isEqualByComparingTo("10.00");
    assertThat(lines.get(1).correction()).isTrue();
    assertThat(StatementDraft.total(lines)).isEqualByComparingTo("40.00");
    assertThat(StatementDraft.total(List.of())).isEqualByComparingTo("0.00");
  }
}
