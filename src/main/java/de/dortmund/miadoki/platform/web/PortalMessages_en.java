package de.dortmund.miadoki.platform.web;

import java.util.Locale;

/** The screens' texts in English. */
public class PortalMessages_en extends PortalMessages {

  public PortalMessages_en() {
    super(Locale.ENGLISH);
  }
}
