package de.dortmund.miadoki.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of the portal: each module keeps its own bundles under {@code i18n/} (German in {@code
 * <name>_de.properties}, English in {@code <name>_en.properties}); screens see them all as one
 * bundle ({@code msg}), mails as another. A new module adds its bundle names here, one line per
 * list. A key belongs to exactly one module's bundle (BundleConsistencyTest).
 */
public final class PortalBundles {

  /** The screens' texts, base names of the modules' bundles. */
  public static final List<String> MESSAGES =
      List.of("i18n.platform", "i18n.interpreting", "i18n.training", "i18n.awards");

  /** The mails' texts (subject and body per key). */
  public static final List<String> MAILS =
      List.of(
          "i18n.platform-mail", "i18n.interpreting-mail", "i18n.training-mail", "i18n.awards-mail");

  private PortalBundles() {}

  /**
   * One bundle in the given language: never the server's default language instead (a German request
   * on a server set to English would otherwise get English texts).
   */
  public static ResourceBundle of(String baseName, Locale locale) {
    return ResourceBundle.getBundle(
        baseName,
        supported(locale),
        PortalBundles.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The portal speaks German (the default) and English. */
  public static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
  }

  /** Several modules' bundles seen as one, in one language. */
  public static ResourceBundle composite(List<String> baseNames, Locale locale) {
    return new Composite(baseNames.stream().map(name -> of(name, locale)).toList());
  }

  /** Asks each module's bundle in turn. */
  static class Composite extends ResourceBundle {

    private final List<ResourceBundle> parts;

    Composite(List<ResourceBundle> parts) {
      this.parts = parts;
    }

    @Override
    protected Object handleGetObject(String key) {
      for (ResourceBundle part : parts) {
        if (part.containsKey(key)) {
          return part.getObject(key);
        }
      }
      return null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>();
      parts.forEach(p -> keys.addAll(p.keySet()));
      return Collections.enumeration(keys);
    }
  }
}
