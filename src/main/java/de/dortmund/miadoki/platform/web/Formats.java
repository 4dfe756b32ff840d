package de.dortmund.miadoki.platform.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date and time formats of the screens, in the view's language: the patterns are texts of the
 * bundles ({@code format.date}, {@code format.dateTime}, {@code format.time}), so that input fields
 * (see the tag {@code portal:date}) and shown values use the same one. A list formats a date in
 * every row: each pattern is parsed once per language, not once per value.
 */
public final class Formats {

  private record Key(String pattern, Locale locale) {}

  private static final Map<Key, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private Formats() {}

  public static DateTimeFormatter dateTime() {
    return formatter("format.dateTime");
  }

  public static DateTimeFormatter date() {
    return formatter("format.date");
  }

  /** A date and time as text in the view's language (EL: {@code portal:dateTimeText}). */
  public static String dateTimeText(LocalDateTime value) {
    return value == null ? "" : dateTime().format(value);
  }

  private static DateTimeFormatter formatter(String key) {
    Key wanted =
        new Key(Messages.text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return FORMATTERS.computeIfAbsent(
        wanted, k -> DateTimeFormatter.ofPattern(k.pattern(), k.locale()));
  }
}
