package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A course given on given dates: its parts, room or online link, trainers, places and the rules of
 * its registration. The session's row is the lock under which places are handed out.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id", nullable = false, updatable = false)
  private Course course;

  @ManyToOne
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "online_link")
  private String onlineLink;

  @ManyToMany
  @JoinTable(
      name = "training_session_trainer",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "trainer_id"))
  private Set<Trainer> trainers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startsAt")
  private List<SessionPart> parts = new ArrayList<>();

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "min_bookings", nullable = false)
  private int minBookings;

  @Column(name = "registration_deadline", nullable = false)
  private LocalDateTime registrationDeadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private SessionStatus status = SessionStatus.PLANNED;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy", nullable = false)
  private WaitingListPolicy policy;

  @Column(name = "claim_hours", nullable = false)
  private int claimHours;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  /** Places given or held (confirmed, offered, held for an approval, kept for the manager). */
  @Column(name = "places_taken", nullable = false)
  private int placesTaken;

  /** Raised on every change participants' calendars must follow (SEQUENCE of the invitation). */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Column(name = "minimum_warned", nullable = false)
  private boolean minimumWarned;

  protected TrainingSession() {}

  public TrainingSession(Course course, SessionPlan plan) {
    this.course = course;
    plan(plan);
  }

  /**
   * Takes the manager's plan if it is consistent; true if a change participants' calendars must
   * follow (time or place). Overlaps with other sessions are refused by the slots, not here.
   */
  public final boolean plan(SessionPlan plan) {
    List<RuleViolation> broken = new ArrayList<>();
    List<PartTime> times =
        plan.parts().stream().sorted(Comparator.comparing(PartTime::startsAt)).toList();
    if (times.isEmpty()) {
      broken.add(RuleViolation.of("parts", "session.parts.none"));
    }
    for (int i = 0; i < times.size(); i++) {
      if (!times.get(i).isOrdered()) {
        broken.add(RuleViolation.of("parts", "session.part.endBeforeStart"));
      } else if (i > 0 && times.get(i - 1).isOrdered() && times.get(i - 1).overlaps(times.get(i))) {
        broken.add(RuleViolation.of("parts", "session.parts.overlap"));
      }
    }
    if (plan.room() == null && (plan.onlineLink() == null || plan.onlineLink().isBlank())) {
      broken.add(RuleViolation.of("room", "session.place.missing"));
    }
    if (plan.room() != null && plan.capacity() > plan.room().getCapacity()) {
      broken.add(
          RuleViolation.of("capacity", "session.capacity.aboveRoom", plan.room().getCapacity()));
    }
    if (plan.minBookings() > plan.capacity()) {
      broken.add(RuleViolation.of("minBookings", "session.minBookings.aboveCapacity"));
    }
    if (plan.trainers().isEmpty()) {
      broken.add(RuleViolation.of("trainers", "session.trainers.none"));
    }
    if (plan.registrationDeadline() == null) {
      broken.add(RuleViolation.of("registrationDeadline", "validation.required"));
    } else if (!times.isEmpty() && plan.registrationDeadline().isAfter(times.get(0).startsAt())) {
      broken.add(RuleViolation.of("registrationDeadline", "session.deadline.afterStart"));
    }
    if (plan.policy() == WaitingListPolicy.CLAIM && plan.claimHours() < 1) {
      broken.add(RuleViolation.of("claimHours", "session.claimHours.missing"));
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    boolean moved = !Objects.equals(room, plan.room());
    moved |= !Objects.equals(onlineLink, blankToNull(plan.onlineLink()));
    moved |= times.size() != parts.size();
    for (int i = 0; i < times.size(); i++) {
      if (i < parts.size()) {
        moved |= parts.get(i).move(times.get(i));
      } else {
        parts.add(new SessionPart(this, times.get(i)));
      }
    }
    while (parts.size() > times.size()) {
      parts.remove(parts.size() - 1);
    }
    this.room = plan.room();
    this.onlineLink = blankToNull(plan.onlineLink());
    this.trainers = new LinkedHashSet<>(plan.trainers());
    this.capacity = plan.capacity();
    this.minBookings = plan.minBookings();
    this.registrationDeadline = plan.registrationDeadline();
    this.policy = plan.policy();
    this.claimHours = plan.policy() == WaitingListPolicy.CLAIM ? plan.claimHours() : 0;
    this.approvalRequired = plan.approvalRequired();
    this.startsAt = times.get(0).startsAt();
    this.endsAt = times.get(times.size() - 1).endsAt();
    boolean announced = status != SessionStatus.PLANNED;
    if (moved && announced) {
      calendarSequence++;
    }
    return moved && announced;
  }

  /** The plan as it stands, for the form that changes it. */
  public SessionPlan currentPlan() {
    return new SessionPlan(
        room,
        onlineLink,
        List.copyOf(trainers),
        parts.stream().map(SessionPart::time).toList(),
        capacity,
        minBookings,
        registrationDeadline,
        policy,
        claimHours,
        approvalRequired);
  }

  /** Opens registration. */
  public void open(LocalDateTime now) {
    if (status != SessionStatus.PLANNED) {
      throw new RuleViolationException("session.open.notPlanned");
    }
    if (!now.isBefore(registrationDeadline)) {
      throw new RuleViolationException("session.open.deadlinePassed");
    }
    status = SessionStatus.OPEN;
  }

  /** Calls the session off; every participant is told. */
  public void cancel(LocalDateTime now) {
    if (status == SessionStatus.CANCELLED) {
      throw new RuleViolationException("session.cancel.already");
    }
    if (!now.isBefore(endsAt)) {
      throw new RuleViolationException("session.cancel.held");
    }
    status = SessionStatus.CANCELLED;
    calendarSequence++;
  }

  /** The status as people see it now: the manager's decision, the places and the clock. */
  public SessionStatus statusAt(LocalDateTime now) {
    if (status == SessionStatus.PLANNED || status == SessionStatus.CANCELLED) {
      return status;
    }
    if (!now.isBefore(endsAt)) {
      return SessionStatus.HELD;
    }
    if (!now.isBefore(startsAt)) {
      return SessionStatus.RUNNING;
    }
    return placesTaken >= capacity ? SessionStatus.FULL : SessionStatus.OPEN;
  }

  /** Whether someone may register now (open, deadline not passed). */
  public boolean takesRegistrationsAt(LocalDateTime now) {
    return status == SessionStatus.OPEN && now.isBefore(registrationDeadline);
  }

  public boolean hasStartedAt(LocalDateTime now) {
    return !now.isBefore(startsAt);
  }

  public boolean isGivenBy(String username) {
    return username != null && trainers.stream().anyMatch(t -> username.equals(t.getUsername()));
  }

  /** Marks that the manager was warned of too few bookings at the deadline. */
  public void minimumWarned() {
    this.minimumWarned = true;
  }

  void placesTaken(int taken) {
    this.placesTaken = taken;
  }

  public int freePlaces() {
    return Math.max(0, capacity - placesTaken);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Course getCourse() {
    return course;
  }

  public Room getRoom() {
    return room;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public List<Trainer> getTrainers() {
    return List.copyOf(trainers);
  }

  public List<SessionPart> getParts() {
    return List.copyOf(parts);
  }

  public int getCapacity() {
    return capacity;
  }

  public int getMinBookings() {
    return minBookings;
  }

  public LocalDateTime getRegistrationDeadline() {
    return registrationDeadline;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public WaitingListPolicy getPolicy() {
    return policy;
  }

  public int getClaimHours() {
    return claimHours;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public int getPlacesTaken() {
    return placesTaken;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public boolean isMinimumWarned() {
    return minimumWarned;
  }

  @Override
  public String auditSubject() {
    return course.auditSubject();
  }
}
