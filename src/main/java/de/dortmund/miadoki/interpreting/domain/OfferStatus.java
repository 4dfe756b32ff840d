package de.dortmund.miadoki.interpreting.domain;

/**
 * An offer waits for its tier's release, is open for an answer, and ends accepted, declined,
 * withdrawn (someone else accepted, or the request was cancelled) or expired.
 */
public enum OfferStatus {
  WAITING,
  OPEN,
  ACCEPTED,
  DECLINED,
  WITHDRAWN,
  EXPIRED;

  /** Not answered and not closed yet. */
  public boolean isPending() {
    return this == WAITING || this == OPEN;
  }

  public String messageKey() {
    return "offerStatus." + name();
  }
}
