package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Shows an instant as date and time in Europe/Berlin, in the format of the view's language. */
@FacesConverter("portal.instant")
public class InstantConverter extends DisplayConverter<Instant> {

  @Override
  String format(Instant value) {
    return Formats.dateTime().withZone(ClockProducer.ZONE).format(value);
  }
}
