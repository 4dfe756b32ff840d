package de.dortmund.miadoki.platform.export;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of events in local times of one zone, with the zone's definition
 * (VTIMEZONE) built from the JDK's time zone rules, so that calendar programs show the times right
 * on both sides of a clock change. Text is escaped and lines longer than 75 octets are folded, as
 * the format requires.
 */
public final class IcalWriter {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();
  private final ZoneId zone;
  private final Instant stamp;

  /** {@code stamp}: when the file is made (each event's DTSTAMP). */
  public IcalWriter(String productId, ZoneId zone, Instant stamp) {
    this(productId, zone, stamp, null);
  }

  /**
   * A scheduling message (RFC 5546) with {@code method} REQUEST (an invitation or its update) or
   * CANCEL; null for a plain calendar such as a feed.
   */
  public IcalWriter(String productId, ZoneId zone, Instant stamp, String method) {
    this.zone = zone;
    this.stamp = stamp;
    line("BEGIN:VCALENDAR");
    line("PRODID:" + productId);
    line("VERSION:2.0");
    line("CALSCALE:GREGORIAN");
    if (method != null) {
      line("METHOD:" + method);
    }
    timeZone();
  }

  /**
   * One event of an invitation: its UID stays the same over all updates, {@code sequence} rises
   * with each; a cancelled event keeps UID and carries STATUS:CANCELLED.
   */
  public IcalWriter invitation(
      String uid,
      int sequence,
      LocalDateTime start,
      LocalDateTime end,
      String summary,
      String location,
      String organizer,
      String attendee,
      boolean cancelled) {
    line("BEGIN:VEVENT");
    line("UID:" + escape(uid));
    line("SEQUENCE:" + sequence);
    line("DTSTAMP:" + UTC.format(stamp));
    line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
    line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end));
    line("SUMMARY:" + escape(summary));
    if (location != null) {
      line("LOCATION:" + escape(location));
    }
    line("ORGANIZER:mailto:" + organizer);
    line("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + attendee);
    line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
    line("END:VEVENT");
    return this;
  }

  /** One event; {@code location} and {@code description} may be null. */
  public IcalWriter event(
      String uid,
      LocalDateTime start,
      LocalDateTime end,
      String summary,
      String location,
      String description) {
    line("BEGIN:VEVENT");
    line("UID:" + escape(uid));
    line("DTSTAMP:" + UTC.format(stamp));
    line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
    line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end));
    line("SUMMARY:" + escape(summary));
    if (location != null) {
      line("LOCATION:" + escape(location));
    }
    if (description != null) {
      line("DESCRIPTION:" + escape(description));
    }
    line("STATUS:CONFIRMED");
    line("END:VEVENT");
    return this;
  }

  public String render() {
    return out + "END:VCALENDAR\r\n";
  }

  /** The zone's yearly changes as STANDARD and DAYLIGHT parts with their recurrence rules. */
  private void timeZone() {
    ZoneRules rules = zone.getRules();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    if (yearly.isEmpty()) {
      ZoneOffset offset = rules.getOffset(stamp);
      line("BEGIN:STANDARD");
      line("DTSTART:19700101T000000");
      line("TZOFFSETFROM:" + offset(offset));
      line("TZOFFSETTO:" + offset(offset));
      line("END:STANDARD");
    }
    for (ZoneOffsetTransitionRule rule : yearly) {
      boolean daylight =
          rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
      String part = daylight ? "DAYLIGHT" : "STANDARD";
      line("BEGIN:" + part);
      line("DTSTART:" + LOCAL.format(rule.createTransition(1970).getDateTimeBefore()));
      line("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule));
      line("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
      line("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
      line("END:" + part);
    }
    line("END:VTIMEZONE");
  }

  /** "The last Sunday" where the rule means it, else "the Sunday on or after day n". */
  private static String byDay(ZoneOffsetTransitionRule rule) {
    String day = rule.getDayOfWeek() == null ? null : abbreviation(rule.getDayOfWeek());
    int from = rule.getDayOfMonthIndicator();
    if (day == null) {
      return "BYMONTHDAY=" + from;
    }
    if (from < 0 || from + 6 == rule.getMonth().maxLength()) {
      return "BYDAY=-1" + day;
    }
    StringBuilder days = new StringBuilder("BYDAY=" + day + ";BYMONTHDAY=");
    for (int d = from; d < from + 7; d++) {
      days.append(d == from ? "" : ",").append(d);
    }
    return days.toString();
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int minutes = Math.abs(seconds) / 60;
    return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line, folded after 75 octets without splitting a character. */
  private void line(String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
