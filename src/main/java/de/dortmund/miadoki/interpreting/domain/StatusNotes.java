package de.dortmund.miadoki.interpreting.domain;

/**
 * Notes of status changes are either a person's words or, for changes the portal makes itself, a
 * message key marked with a prefix, so that each reader sees them in the own language.
 */
public final class StatusNotes {

  private static final String PREFIX = "key:";

  private StatusNotes() {}

  public static String key(String messageKey) {
    return PREFIX + messageKey;
  }

  /** The message key of a note the portal wrote, or null for a person's words. */
  public static String messageKeyOf(String note) {
    return note != null && note.startsWith(PREFIX) ? note.substring(PREFIX.length()) : null;
  }
}
