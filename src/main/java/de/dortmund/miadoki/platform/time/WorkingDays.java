package de.dortmund.miadoki.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in North Rhine-Westphalia: Monday to Friday except the public holidays of the state
 * (New Year, Good Friday, Easter Monday, 1 May, Ascension, Whit Monday, Corpus Christi, 3 October,
 * All Saints, Christmas Day and Boxing Day). Deadlines that say "working days" count with these.
 */
public final class WorkingDays {

  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(10, 3),
          MonthDay.of(11, 1),
          MonthDay.of(12, 25),
          MonthDay.of(12, 26));

  /**
   * Days after Easter Sunday: Good Friday, Easter Monday, Ascension, Whit Monday, Corpus Christi.
   */
  private static final int[] MOVABLE = {-2, 1, 39, 50, 60};

  private WorkingDays() {}

  /** Whether the day is a public holiday in North Rhine-Westphalia. */
  public static boolean isHoliday(LocalDate day) {
    return FIXED.contains(MonthDay.from(day)) || movableHolidays(day.getYear()).contains(day);
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /**
   * The same time of day {@code days} working days later: Friday 15:00 plus two working days is
   * Tuesday 15:00, and from a weekend or holiday the count starts with the next working day.
   */
  public static LocalDateTime plus(LocalDateTime from, int days) {
    LocalDate day = from.toLocalDate();
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.atTime(from.toLocalTime());
  }

  /** The working days strictly after {@code from}'s day up to and including {@code to}'s day. */
  public static int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static Set<LocalDate> movableHolidays(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days = new HashSet<>();
    for (int offset : MOVABLE) {
      days.add(easter.plusDays(offset));
    }
    return days;
  }
}
