package de.dortmund.miadoki.platform.web;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screens' bundle {@code msg} (faces-config.xml): all modules' texts in German. The classes
 * {@code PortalMessages_de} and {@code PortalMessages_en} give each language its own, so that Faces
 * never falls back to the server's default language.
 */
public class PortalMessages extends ResourceBundle {

  private final ResourceBundle texts;

  public PortalMessages() {
    this(Locale.GERMAN);
  }

  protected PortalMessages(Locale locale) {
    this.texts = PortalBundles.composite(PortalBundles.MESSAGES, locale);
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts.containsKey(key) ? texts.getObject(key) : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    return texts.getKeys();
  }
}
