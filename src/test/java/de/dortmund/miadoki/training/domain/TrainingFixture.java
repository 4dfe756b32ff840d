package de.dortmund.miadoki.training.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Courses, sessions and registrations for the rules' tests, with a clock to set. */
final class TrainingFixture {

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final LocalDateTime START = LocalDateTime.of(2027, 3, 10, 9, 0);
  static final LocalDateTime DEADLINE = START.minusDays(7);

  final List<Registration> registrations = new ArrayList<>();
  private long arrival;

  static Course course(boolean reasonRequired) {
    return new Course(
        new CourseData(
            "Interkulturelle Kompetenz im Bürgerservice",
            "Grundlagen",
            Topic.INTERCULTURAL_COMPETENCE,
            "Beschäftigte mit Publikumsverkehr",
            420,
            6,
            16,
            reasonRequired,
            true,
            true));
  }

  static Room room(int capacity) {
    return new Room("Raum 2.14, Südwall 2", capacity, true);
  }

  static Trainer trainer() {
    return new Trainer("Nguyễn Thu Trang", "trang@example.org", "trainerin", true);
  }

  static SessionPlan plan(int capacity, WaitingListPolicy policy, boolean approval) {
    return new SessionPlan(
        room(20),
        null,
        List.of(trainer()),
        List.of(new PartTime(START, START.withHour(16))),
        capacity,
        1,
        DEADLINE,
        policy,
        48,
        approval);
  }

  static TrainingSession session(int capacity, WaitingListPolicy policy, boolean approval) {
    return new TrainingSession(course(false), plan(capacity, policy, approval));
  }

  static Clock at(LocalDateTime local) {
    return Clock.fixed(local.atZone(ZONE).toInstant(), ZONE);
  }

  /** A registration at the end of the queue (not yet allocated). */
  Registration register(TrainingSession session, String username, boolean approved, Clock clock) {
    Registration r =
        new Registration(
            session,
            new Registration.Person(username, username, null),
            ++arrival,
            null,
            username,
            approved,
            clock.instant());
    registrations.add(r);
    return r;
  }

  /** Registers and hands out places, as the service does. */
  Registration arrive(TrainingSession session, String username, boolean approved, Clock clock) {
    Registration r = register(session, username, approved, clock);
    WaitingList.allocate(session, registrations, java.util.Set.of(r), clock);
    return r;
  }

  List<WaitingList.Move> reallocate(TrainingSession session, Clock clock) {
    return WaitingList.allocate(session, registrations, java.util.Set.of(), clock);
  }
}
