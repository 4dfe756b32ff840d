package de.dortmund.miadoki.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the session's language, not the browser's: texts that page actions produce
 * before rendering (messages, chart labels) are then in the person's language too.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

  public SessionLocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleSelector.class).get().getLocale();
  }
}
