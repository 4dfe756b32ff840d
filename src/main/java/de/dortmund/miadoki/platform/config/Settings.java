package de.dortmund.miadoki.platform.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The server's settings for the portal, never baked into the WAR: each setting {@code miadoki.x.y}
 * is read from the Java system property of that name, else from the environment variable {@code
 * MIADOKI_X_Y} (dots and dashes become underscores). A blank value counts as not set.
 */
public final class Settings {

  private Settings() {}

  /** The value of the setting, stripped, if it is set. */
  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(environmentName(name));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Whether the portal runs as a demonstration ({@code miadoki.demo=true}): with demo data. */
  public static boolean demo() {
    return get("miadoki.demo").map(Boolean::parseBoolean).orElse(false);
  }

  /** The environment variable that stands for the setting. */
  public static String environmentName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
