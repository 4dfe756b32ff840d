package de.dortmund.miadoki.interpreting.application;

/** What became of an interpreter's answer to an offer. */
public enum OfferAnswer {
  /** The interpreter is assigned. */
  ACCEPTED,
  DECLINED,
  /** Somebody else was faster, or the request was cancelled: the offer is withdrawn. */
  TAKEN,
  EXPIRED,
  /** The offer was answered before (the link is single-use). */
  ALREADY_ANSWERED,
  /** The interpreter can no longer take it (e.g. booked elsewhere meanwhile). */
  NOT_ELIGIBLE,
  /** No offer has this link. */
  UNKNOWN;

  public String messageKey() {
    return "offerAnswer." + name();
  }
}
