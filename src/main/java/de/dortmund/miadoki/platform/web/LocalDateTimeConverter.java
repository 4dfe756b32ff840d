package de.dortmund.miadoki.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;

/** Shows a local date and time (Europe/Berlin) in the format of the view's language. */
@FacesConverter("portal.localDateTime")
public class LocalDateTimeConverter extends DisplayConverter<LocalDateTime> {

  @Override
  String format(LocalDateTime value) {
    return Formats.dateTime().format(value);
  }
}
