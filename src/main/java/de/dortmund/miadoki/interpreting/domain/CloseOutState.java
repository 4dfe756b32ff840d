package de.dortmund.miadoki.interpreting.domain;

/**
 * Where the close-out of a held appointment stands: the interpreter (or a coordinator) reports the
 * actual times and travel, the requester confirms or disputes, a coordinator resolves disputes.
 */
public enum CloseOutState {
  OPEN,
  REPORTED,
  DISPUTED,
  CONFIRMED;

  public String messageKey() {
    return "closeOutState." + name();
  }
}
