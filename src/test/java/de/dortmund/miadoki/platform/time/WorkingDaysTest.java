package de.dortmund.miadoki.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void easterFallsOnTheKnownSundays() {
    assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void theHolidaysOfNorthRhineWestphaliaAreNoWorkingDays() {
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 5, 25))).as("Whit Monday").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 6, 4))).as("Corpus Christi").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 10, 3))).as("Unity Day").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 11, 1))).as("All Saints").isTrue();
    assertThat(WorkingDays.isHoliday(LocalDate.of(2026, 12, 26))).as("Boxing Day").isTrue();
    // not a holiday in NRW (Reformation Day, Epiphany, Day of Prayer and Repentance)
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2025, 10, 31))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 1, 6))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 18))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
  }

  @Test
  void twoWorkingDaysFromFridayAfternoonEndOnTuesdayAfternoon() {
    LocalDateTime friday = LocalDateTime.of(2026, 11, 27, 15, 0);
    assertThat(WorkingDays.plus(friday, 2)).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 0));
  }

  @Test
  void fromAWeekendTheCountStartsOnMonday() {
    LocalDateTime saturday = LocalDateTime.of(2026, 11, 28, 10, 30);
    assertThat(WorkingDays.plus(saturday, 1)).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 30));
    assertThat(WorkingDays.plus(saturday, 2)).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 30));
  }

  @Test
  void easterTakesFourDaysOutOfTheCount() {
    // Maundy Thursday 2026: Good Friday, the weekend and Easter Monday do not count
    LocalDateTime thursday = LocalDateTime.of(2026, 4, 2, 9, 0);
    assertThat(WorkingDays.plus(thursday, 1)).isEqualTo(LocalDateTime.of(2026, 4, 7, 9, 0));
    assertThat(WorkingDays.plus(thursday, 2)).isEqualTo(LocalDateTime.of(2026, 4, 8, 9, 0));
  }

  @Test
  void christmasAndNewYearAreSkippedAcrossTheYearsEnd() {
    LocalDateTime dec23 = LocalDateTime.of(2026, 12, 23, 12, 0); // Wednesday
    // 24th (Thursday) counts, 25th and 26th are holidays, the 27th is a Sunday
    assertThat(WorkingDays.plus(dec23, 2)).isEqualTo(LocalDateTime.of(2026, 12, 28, 12, 0));
    LocalDateTime dec31 = LocalDateTime.of(2026, 12, 31, 8, 0); // Thursday
    assertThat(WorkingDays.plus(dec31, 1)).isEqualTo(LocalDateTime.of(2027, 1, 4, 8, 0));
  }

  @Test
  void betweenCountsTheWorkingDaysAfterTheFirstDay() {
    assertThat(WorkingDays.between(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30)))
        .isEqualTo(1);
    assertThat(WorkingDays.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7)))
        .isEqualTo(1);
    assertThat(WorkingDays.between(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)))
        .isZero();
  }
}
