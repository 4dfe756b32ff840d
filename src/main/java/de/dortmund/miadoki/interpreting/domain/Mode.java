package de.dortmund.miadoki.interpreting.domain;

/** How the interpreting takes place. Only on-site appointments involve travel. */
public enum Mode {
  ON_SITE,
  PHONE,
  VIDEO;

  public boolean involvesTravel() {
    return this == ON_SITE;
  }

  public String messageKey() {
    return "mode." + name();
  }
}
