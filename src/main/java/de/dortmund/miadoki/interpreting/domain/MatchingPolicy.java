package de.dortmund.miadoki.interpreting.domain;

import java.time.Duration;

/**
 * The agency's settings for matching: the travel buffer between on-site appointments in different
 * districts, and the weights of the soft scores.
 */
public record MatchingPolicy(
    Duration travelBuffer,
    double fairnessWeight,
    double continuityWeight,
    double distanceWeight,
    double preferredWeight,
    double genderWeight) {

  public static MatchingPolicy standard() {
    return new MatchingPolicy(Duration.ofMinutes(30), 40, 25, 15, 30, 10);
  }

  /** The buffer needed between two appointments, depending on how and where they take place. */
  public Duration bufferBetween(Mode mode, District district, Mode otherMode, District other) {
    if (!mode.involvesTravel() || !otherMode.involvesTravel()) {
      return Duration.ZERO;
    }
    if (district != null && district == other) {
      return Duration.ZERO;
    }
    return travelBuffer;
  }
}
