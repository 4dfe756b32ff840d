package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.platform.export.IcalWriter;
import de.dortmund.miadoki.platform.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An interpreter's assignments as an iCalendar feed. Times are local times in Europe/Berlin with
 * the zone's definition included, so calendars show them right on both sides of a clock change.
 */
public final class IcalFeed {

  private IcalFeed() {}

  /** One appointment of the feed. */
  public record Event(
      long id,
      String summary,
      String location,
      String description,
      LocalDateTime start,
      LocalDateTime end) {}

  /** {@code now}: when the feed is made. */
  public static String render(List<Event> events, Instant now) {
    IcalWriter calendar =
        new IcalWriter("-//MIA-DO-KI Portal//Dolmetscherpool//DE", ClockProducer.ZONE, now);
    for (Event e : events) {
      calendar.event(
          "assignment-" + e.id() + "@miadoki.dortmund",
          e.start(),
          e.end(),
          e.summary(),
          e.location(),
          e.description());
    }
    return calendar.render();
  }
}
