package de.dortmund.miadoki.platform.web;

import java.util.Locale;

/** The screens' texts in German. */
public class PortalMessages_de extends PortalMessages {

  public PortalMessages_de() {
    super(Locale.GERMAN);
  }
}
