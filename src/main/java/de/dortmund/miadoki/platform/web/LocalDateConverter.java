package de.dortmund.miadoki.platform.web;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/** Shows a date in the format of the view's language. */
@FacesConverter("portal.localDate")
public class LocalDateConverter extends DisplayConverter<LocalDate> {

  @Override
  String format(LocalDate value) {
    return Formats.date().format(value);
  }
}
