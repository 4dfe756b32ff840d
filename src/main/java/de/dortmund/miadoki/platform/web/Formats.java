package de.dortmund.miadoki.platform.web;

import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The one date-and-time format of the screens: medium date, short time, in the view's language. */
public final class Formats {

  private Formats() {}

  public static DateTimeFormatter dateTime() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
