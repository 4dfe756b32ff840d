package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Hands out a session's places in arrival order, after every change of its registrations (run under
 * the session's lock):
 *
 * <ul>
 *   <li>Confirmed and offered registrations keep their places.
 *   <li>The others are walked in arrival order while places are free. One waiting for approval
 *       holds a place until the supervisor decides or the registration deadline passes, so nobody
 *       behind it gets that place first.
 *   <li>One that is approved and arrives now (just registered, or just approved) gets the place.
 *   <li>One already waiting moves up by the session's policy: at once, by an offer with a claim
 *       window, or not at all until the manager decides (the place is kept for that decision).
 *   <li>Nobody moves up once the session has started.
 * </ul>
 */
public final class WaitingList {

  /** A registration that got a place or an offer in this allocation (for the mails). */
  public record Move(Registration registration, RegistrationStatus to) {}

  private WaitingList() {}

  public static List<Move> allocate(
      TrainingSession session,
      List<Registration> registrations,
      Set<Registration> arriving,
      Clock clock) {
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
    boolean started = session.hasStartedAt(local);
    boolean deadlinePassed = !local.isBefore(session.getRegistrationDeadline());
    List<Registration> queue =
        registrations.stream().sorted(Comparator.comparingLong(Registration::getArrival)).toList();

    int taken = (int) queue.stream().filter(r -> r.getStatus().takesPlace()).count();
    int free = session.getCapacity() - taken;
    List<Move> moves = new ArrayList<>();
    for (Registration r : queue) {
      switch (r.getStatus()) {
        case PENDING_APPROVAL -> {
          boolean holds = free > 0 && !started && !deadlinePassed;
          r.hold(holds);
          if (holds) {
            free--;
          }
        }
        case WAITING -> {
          if (free <= 0 || started) {
            continue;
          }
          free--;
          if (arriving.contains(r) || session.getPolicy() == WaitingListPolicy.AUTOMATIC) {
            r.confirm();
            moves.add(new Move(r, RegistrationStatus.CONFIRMED));
          } else if (session.getPolicy() == WaitingListPolicy.CLAIM) {
            r.offer(now.plus(Duration.ofHours(session.getClaimHours())));
            moves.add(new Move(r, RegistrationStatus.OFFERED));
          }
          // MANUAL: the place stays kept for the manager's choice
        }
        default -> {
          // confirmed and offered are counted above; the others hold nothing
        }
      }
    }
    session.placesTaken(session.getCapacity() - Math.max(free, 0));
    return moves;
  }

  /**
   * The manager gives a free place to someone on the list (any policy, before the start): only an
   * approved registration, and only while a place is free.
   */
  public static Move moveUp(
      TrainingSession session, List<Registration> registrations, Registration chosen, Clock clock) {
    LocalDateTime local = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
    if (session.hasStartedAt(local)) {
      throw new RuleViolationException("registration.moveUp.started");
    }
    if (chosen.getStatus() != RegistrationStatus.WAITING) {
      throw new RuleViolationException("registration.moveUp.notWaiting");
    }
    long given = registrations.stream().filter(r -> r.getStatus().takesPlace()).count();
    long held =
        registrations.stream()
            .filter(r -> r.getStatus() == RegistrationStatus.PENDING_APPROVAL && r.isPlaceHeld())
            .count();
    if (given + held >= session.getCapacity()) {
      throw new RuleViolationException("registration.moveUp.noPlace");
    }
    chosen.confirm();
    return new Move(chosen, RegistrationStatus.CONFIRMED);
  }

  /** Places ahead in the queue: 1 for the first of those still waiting. */
  public static int position(List<Registration> registrations, Registration of) {
    return 1
        + (int)
            registrations.stream()
                .filter(r -> r.getArrival() < of.getArrival())
                .filter(
                    r ->
                        r.getStatus() == RegistrationStatus.WAITING
                            || r.getStatus() == RegistrationStatus.PENDING_APPROVAL
                                && !r.isPlaceHeld())
                .count();
  }
}
