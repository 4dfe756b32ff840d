package de.dortmund.miadoki.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;

/** Shows a local date and time (Europe/Berlin) in the format of the view's language. */
@FacesConverter("portal.localDateTime")
public class LocalDateTimeConverter implements Converter<LocalDateTime> {

  @Override
  public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
    if (value == null) {
      return "";
    }
    return Formats.dateTime().format(value);
  }
}
