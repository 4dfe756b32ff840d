package de.dortmund.miadoki.training.domain;

/** What happens when a place frees up and people are waiting. */
public enum WaitingListPolicy {
  /** The next person in arrival order gets the place at once. */
  AUTOMATIC,
  /** The next person is offered the place and has a claim window to take it; then it passes on. */
  CLAIM,
  /** The place stays free until the training manager gives it to someone on the list. */
  MANUAL;

  public String messageKey() {
    return "policy." + name();
  }
}
