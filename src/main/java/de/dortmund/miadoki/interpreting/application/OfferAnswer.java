package de.dortmund.miadoki.interpreting.application;

/** What became of an interpreter's answer to an offer. */
public enum OfferAnswer {
  /** The interpreter is assigned (for a series: to every occurrence). */
  ACCEPTED,
  /** Of a series, the interpreter is assigned to the occurrences that fit; the others stay open. */
  ACCEPTED_IN_PART,
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

  /** An answer that was taken (rather than refused). */
  public boolean isTaken() {
    return this == ACCEPTED || this == ACCEPTED_IN_PART || this == DECLINED;
  }

  public String messageKey() {
    return "offerAnswer." + name();
  }
}
