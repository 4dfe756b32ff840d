package de.dortmund.miadoki.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now" for rules and screens: the agency works in Europe/Berlin. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZONE);
  }
}
