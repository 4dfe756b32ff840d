package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.platform.time.ClockProducer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

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

  public static String render(List<Event> events) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    VTimeZone zone = registry.getTimeZone(ClockProducer.ZONE.getId()).getVTimeZone();
    Calendar calendar =
        new Calendar()
            .withProdId("-//MIA-DO-KI Portal//Dolmetscherpool//DE")
            .withDefaults()
            .withComponent(zone)
            .getFluentTarget();
    for (Event e : events) {
      VEvent event =
          new VEvent(
              e.start().atZone(ClockProducer.ZONE),
              e.end().atZone(ClockProducer.ZONE),
              e.summary());
      event.add(new Uid("assignment-" + e.id() + "@miadoki.dortmund"));
      if (e.location() != null) {
        event.add(new Location(e.location()));
      }
      if (e.description() != null) {
        event.add(new Description(e.description()));
      }
      event.add(ImmutableStatus.VEVENT_CONFIRMED);
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
