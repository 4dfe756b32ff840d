package de.dortmund.miadoki.training.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What the training manager plans for a session; the parts in the order of time. */
public record SessionPlan(
    Room room,
    String onlineLink,
    List<Trainer> trainers,
    List<PartTime> parts,
    int capacity,
    int minBookings,
    LocalDateTime registrationDeadline,
    WaitingListPolicy policy,
    int claimHours,
    boolean approvalRequired)
    implements Serializable {

  public SessionPlan {
    trainers = List.copyOf(trainers);
    parts = List.copyOf(parts);
  }
}
