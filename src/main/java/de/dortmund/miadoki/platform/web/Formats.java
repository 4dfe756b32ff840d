package de.dortmund.miadoki.platform.web;

import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;

/**
 * The date and time formats of the screens, in the view's language: the patterns are texts of the
 * bundles ({@code format.date}, {@code format.dateTime}, {@code format.time}), so that input fields
 * (see the tag {@code portal:date}) and shown values use the same one.
 */
public final class Formats {

  private Formats() {}

  public static DateTimeFormatter dateTime() {
    return formatter("format.dateTime");
  }

  public static DateTimeFormatter date() {
    return formatter("format.date");
  }

  private static DateTimeFormatter formatter(String key) {
    return DateTimeFormatter.ofPattern(
        Messages.text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
