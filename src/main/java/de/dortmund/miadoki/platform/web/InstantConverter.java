package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Shows an instant as date and time in Europe/Berlin, in the format of the view's language. */
@FacesConverter("portal.instant")
public class InstantConverter implements Converter<Instant> {

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    if (value == null) {
      return "";
    }
    return Formats.dateTime().withZone(ClockProducer.ZONE).format(value);
  }
}
