package de.dortmund.miadoki.interpreting.domain;

import java.util.Locale;

/**
 * Client references are typed by people: "ja-2026 0815" and "JA-20260815" are the same client. They
 * are stored as typed and compared by their key, without regard to case, spaces and hyphens, so
 * that a different spelling cannot send a barred interpreter again.
 */
public final class ClientReferences {

  private ClientReferences() {}

  /** The reference's key for comparisons; null stays null. */
  public static String key(String reference) {
    if (reference == null) {
      return null;
    }
    StringBuilder key = new StringBuilder(reference.length());
    reference
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011')
        .forEach(key::appendCodePoint);
    return key.toString().toUpperCase(Locale.ROOT);
  }
}
