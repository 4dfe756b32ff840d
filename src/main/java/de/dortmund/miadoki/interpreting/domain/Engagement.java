package de.dortmund.miadoki.interpreting.domain;

/**
 * How the pool engages an interpreter, which decides the rate scheme: volunteers receive an expense
 * allowance (tax-free up to the yearly allowance), fee-paid interpreters a fee.
 */
public enum Engagement {
  VOLUNTEER,
  FEE_PAID;

  public String messageKey() {
    return "engagement." + name();
  }
}
