package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The feed as text, and as a full iCalendar library reads it with the zone the feed defines. */
class IcalFeedTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private static final List<IcalFeed.Event> EVENTS =
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
              LocalDateTime.of(2026, 3, 30, 11, 0)),
          new IcalFeed.Event(
              3,
              "Dolmetschen: Vietnamesisch; Treffpunkt: Nguyễn Thị Hoa, Jugendamt Dortmund Nord",
              null,
              "Ansprechperson: Олена Коваленко, Schulsozialarbeit der Grundschule am Nordmarkt",
              LocalDateTime.of(2026, 10, 26, 8, 0),
              LocalDateTime.of(2026, 10, 26, 9, 0)));

  @Test
  void eventsKeepTheirBerlinTimesOnBothSidesOfTheClockChange() {
    String ics = IcalFeed.render(EVENTS, NOW);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .startsWith("BEGIN:VCALENDAR")
        .contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin")
        .contains("DTSTART;TZID=Europe/Berlin:20260328T100000")
        .contains("DTEND;TZID=Europe/Berlin:20260328T113000")
        .contains("DTSTART;TZID=Europe/Berlin:20260330T100000")
        .contains("UID:assignment-1@miadoki.dortmund", "UID:assignment-2@miadoki.dortmund")
        .contains("SUMMARY:Dolmetschen: Arabisch")
        .contains("LOCATION:Südwall 2-4\\, Dortmund")
        .contains("SUMMARY:Dolmetschen: Vietnamesisch\\; Treffpunkt: Nguyễn Thị Hoa\\,")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(4);
    // every line at most 75 octets, folded lines go on with a space
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .as(line)
          .isLessThanOrEqualTo(75);
    }
  }

  @Test
  void aCalendarLibraryReadsTheSameInstantsThroughTheZoneTheFeedDefines() throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(IcalFeed.render(EVENTS, NOW)));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    // CET (UTC+1) before the change on 29 March 2026, CEST (UTC+2) after, CET again from 25 October
    assertThat(start(events.get(0))).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
    assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    assertThat(start(events.get(2))).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
    assertThat(events.get(2).getSummary().getValue())
        .isEqualTo(
            "Dolmetschen: Vietnamesisch; Treffpunkt: Nguyễn Thị Hoa, Jugendamt Dortmund Nord");
    assertThat(events.get(2).getDescription().getValue()).contains("Олена Коваленко");
  }

  @Test
  void theZoneTheFeedDefinesHasTheOffsetsOfTheJdkForTenYears() throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(IcalFeed.render(EVENTS, NOW)));
    VTimeZone definition = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
    TimeZone fromFeed = new TimeZone(definition);
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    // every six hours from 2024 to 2034, so each clock change is passed on both sides
    for (Instant t = Instant.parse("2024-01-01T00:00:00Z");
        t.isBefore(Instant.parse("2034-01-01T00:00:00Z"));
        t = t.plusSeconds(6 * 3600)) {
      assertThat(fromFeed.getOffset(t.toEpochMilli()) / 1000)
          .as("offset at %s", t)
          .isEqualTo(berlin.getRules().getOffset(t).getTotalSeconds());
    }
  }

  private static Instant start(VEvent event) {
    Temporal start = event.getDateTimeStart().getDate();
    return Instant.from(start);
  }

  @Test
  void anEmptyFeedIsAValidCalendar() throws Exception {
    String ics = IcalFeed.render(List.of(), NOW);
    assertThat(ics).contains("BEGIN:VCALENDAR", "END:VCALENDAR");
    assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT"))
        .isEmpty();
  }
}
