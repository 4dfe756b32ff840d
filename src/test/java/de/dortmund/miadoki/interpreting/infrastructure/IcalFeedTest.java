package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcalFeedTest {

  @Test
  void eventsKeepTheirBerlinTimesOnBothSidesOfTheClockChange() {
    String ics =
        IcalFeed.render(
            List.of(
                new IcalFeed.Event(
                    1,
                    "Dolmetschen: Arabisch",
                    "Südwall 2-4, Dortmund",
                    "Jugendamt",
                    LocalDateTime.of(2026, 3, 28, 10, 0),
                    LocalDateTime.of(2026, 3, 28, 11, 30)),
                new IcalFeed.Event(
                    2,
                    "Dolmetschen: Farsi",
                    null,
                    null,
                    LocalDateTime.of(2026, 3, 30, 10, 0),
                    LocalDateTime.of(2026, 3, 30, 11, 0))));
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .startsWith("BEGIN:VCALENDAR")
        .contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin")
        .contains("DTSTART;TZID=Europe/Berlin:20260328T100000")
        .contains("DTEND;TZID=Europe/Berlin:20260328T113000")
        .contains("DTSTART;TZID=Europe/Berlin:20260330T100000")
        .contains("UID:assignment-1@miadoki.dortmund", "UID:assignment-2@miadoki.dortmund")
        .contains("SUMMARY:Dolmetschen: Arabisch")
        .contains("LOCATION:Südwall 2-4\\, Dortmund");
    assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  @Test
  void anEmptyFeedIsAValidCalendar() {
    assertThat(IcalFeed.render(List.of())).contains("BEGIN:VCALENDAR", "END:VCALENDAR");
  }
}
