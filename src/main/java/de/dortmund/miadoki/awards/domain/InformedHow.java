package de.dortmund.miadoki.awards.domain;

/** How a nominee was told of the nomination (Art. 14 GDPR). */
public enum InformedHow {
  LETTER,
  MAIL;

  public String messageKey() {
    return "informedHow." + name();
  }
}
