package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.TimeConflicts;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.PartTime;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.Room;
import de.dortmund.miadoki.training.domain.SessionPlan;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.Trainer;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.infrastructure.TrainingSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Sessions of the catalogue: the training manager plans, opens, moves and cancels them; staff find
 * the open ones; trainers see their own. A room or a trainer is never in two overlapping parts: the
 * slots table refuses it in the database.
 */
@ApplicationScoped
@RequiresRole(TRAINING_MANAGER)
public class TrainingSessions {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject TrainingSlots slots;
  @Inject Places places;
  @Inject Event<TrainingEvents.SessionMoved> moved;
  @Inject Event<TrainingEvents.SessionCancelled> cancelled;

  /** A new session of a course, planned (not yet open for registration). */
  @Transactional
  public TrainingSession plan(@NotNull SessionForm form) {
    Course course = records.find(Course.class, form.getCourseId());
    TrainingSession session = records.create(new TrainingSession(course, planOf(form)));
    claimSlots(session);
    return session;
  }

  /** Changes the plan of a session; participants get an update if time or place moved. */
  @Transactional
  public TrainingSession change(@NotNull Long id, long version, @NotNull SessionForm form) {
    TrainingSession session = records.lock(TrainingSession.class, id, version, Records.anyone());
    if (session.getStatus() == SessionStatus.CANCELLED
        || session.hasStartedAt(LocalDateTime.now(clock))) {
      throw new RuleViolationException("session.change.tooLate");
    }
    slots.free(session);
    boolean wasMoved = session.plan(planOf(form));
    records.changed(session);
    claimSlots(session);
    places.allocate(session, Set.of());
    if (wasMoved) {
      moved.fire(new TrainingEvents.SessionMoved(session, confirmed(session)));
    }
    return session;
  }

  @Transactional
  public TrainingSession open(@NotNull Long id, long version) {
    TrainingSession session = records.lock(TrainingSession.class, id, version, Records.anyone());
    session.open(LocalDateTime.now(clock));
    records.changed(session);
    return session;
  }

  /** Calls the session off; its room and trainers are free again and everyone is told. */
  @Transactional
  public TrainingSession cancel(@NotNull Long id, long version) {
    TrainingSession session = records.lock(TrainingSession.class, id, version, Records.anyone());
    session.cancel(LocalDateTime.now(clock));
    slots.free(session);
    records.changed(session);
    cancelled.fire(new TrainingEvents.SessionCancelled(session, places.active(session)));
    return session;
  }

  /**
   * A session to show: the manager sees every one, a trainer the own, staff and supervisors those
   * that are announced (not merely planned).
   */
  @RequiresRole({TRAINING_MANAGER, TRAINER, STAFF, SUPERVISOR})
  @Transactional
  public TrainingSession load(@NotNull Long id) {
    return records.read(TrainingSession.class, id, this::mayOpen);
  }

  private boolean mayOpen(TrainingSession session) {
    return currentUser.hasRole(TRAINING_MANAGER)
        || currentUser.hasRole(TRAINER) && session.isGivenBy(currentUser.username())
        || (currentUser.hasRole(STAFF) || currentUser.hasRole(SUPERVISOR))
            && session.getStatus() != SessionStatus.PLANNED;
  }

  /** The form filled with the session's plan, for a change. */
  @Transactional
  public SessionForm formOf(@NotNull Long id) {
    TrainingSession session = records.reread(TrainingSession.class, id, Records.anyone());
    SessionPlan plan = session.currentPlan();
    SessionForm form = new SessionForm();
    form.setCourseId(session.getCourse().getId());
    form.setRoomId(plan.room() == null ? null : plan.room().getId());
    form.setOnlineLink(plan.onlineLink());
    form.setTrainerIds(plan.trainers().stream().map(Trainer::getId).toList());
    form.setParts(
        new ArrayList<>(
            plan.parts().stream()
                .map(p -> new SessionForm.Part(p.startsAt(), p.endsAt()))
                .toList()));
    form.setCapacity(plan.capacity());
    form.setMinBookings(plan.minBookings());
    form.setRegistrationDeadline(plan.registrationDeadline());
    form.setPolicy(plan.policy());
    form.setClaimHours(plan.claimHours() == 0 ? 48 : plan.claimHours());
    form.setApprovalRequired(plan.approvalRequired());
    return form;
  }

  /** The manager's list: by a part of the course title, the stored status and a first day. */
  @Transactional
  public Page<TrainingSession> search(
      String title, SessionStatus status, LocalDate from, boolean belowMinimum, PageRequest page) {
    LocalDateTime now = LocalDateTime.now(clock);
    return CriteriaPages.page(
        em,
        TrainingSession.class,
        (cb, query, root) -> {
          List<Predicate> where = new ArrayList<>();
          Join<TrainingSession, Course> course = root.join("course");
          if (title != null && !title.isBlank()) {
            where.add(cb.like(cb.lower(course.get("title")), like(title)));
          }
          if (status != null) {
            where.add(cb.equal(root.get("status"), status));
          }
          if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), from.atStartOfDay()));
          }
          if (belowMinimum) {
            Subquery<Long> confirmed = query.subquery(Long.class);
            Root<Registration> r = confirmed.from(Registration.class);
            confirmed
                .select(cb.count(r))
                .where(
                    cb.equal(r.get("session"), root),
                    cb.equal(r.get("status"), RegistrationStatus.CONFIRMED));
            where.add(cb.equal(root.get("status"), SessionStatus.OPEN));
            where.add(cb.lessThanOrEqualTo(root.get("registrationDeadline"), now));
            where.add(cb.greaterThan(root.get("startsAt"), now));
            where.add(cb.lessThan(confirmed, root.get("minBookings").as(Long.class)));
          }
          return where;
        },
        (cb, root) -> CriteriaPages.sortBy(cb, root, page, Set.of("startsAt"), "startsAt", false),
        page);
  }

  /** Open sessions past their deadline with fewer confirmed places than their minimum. */
  @Transactional
  public long countBelowMinimum() {
    return search(null, null, null, true, PageRequest.total()).total();
  }

  /**
   * The catalogue for staff: open sessions before their registration deadline, by title, topic and
   * a first day.
   */
  @RequiresRole({TRAINING_MANAGER, STAFF, SUPERVISOR})
  @Transactional
  public Page<TrainingSession> catalogue(
      String text, Topic topic, LocalDate from, PageRequest page) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime start =
        from == null || from.atStartOfDay().isBefore(now) ? now : from.atStartOfDay();
    return CriteriaPages.page(
        em,
        TrainingSession.class,
        (cb, query, root) -> {
          List<Predicate> where = new ArrayList<>();
          Join<TrainingSession, Course> course = root.join("course");
          where.add(cb.equal(root.get("status"), SessionStatus.OPEN));
          where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), start));
          // only what one can still register for
          where.add(cb.greaterThan(root.get("registrationDeadline"), now));
          if (text != null && !text.isBlank()) {
            where.add(
                cb.or(
                    cb.like(cb.lower(course.get("title")), like(text)),
                    cb.like(cb.lower(course.get("targetGroup")), like(text))));
          }
          if (topic != null) {
            where.add(cb.equal(course.get("topic"), topic));
          }
          return where;
        },
        (cb, root) -> List.of(cb.asc(root.get("startsAt"))),
        page);
  }

  /** The sessions the calling trainer gives, from a month back on. */
  @RequiresRole({TRAINER, TRAINING_MANAGER})
  @Transactional
  public List<TrainingSession> givenByMe() {
    return em.createQuery(
            "select distinct s from TrainingSession s join s.trainers t"
                + " where t.username = :username and s.endsAt >= :from and s.status <> :cancelled"
                + " order by s.startsAt",
            TrainingSession.class)
        .setParameter("username", currentUser.username())
        .setParameter("from", LocalDateTime.now(clock).minusDays(30))
        .setParameter("cancelled", SessionStatus.CANCELLED)
        .getResultList();
  }

  private List<Registration> confirmed(TrainingSession session) {
    return places.active(session).stream()
        .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
        .toList();
  }

  private SessionPlan planOf(SessionForm form) {
    Room room = form.getRoomId() == null ? null : records.find(Room.class, form.getRoomId());
    List<Trainer> trainers =
        form.getTrainerIds().stream()
            .filter(Objects::nonNull)
            .distinct()
            .map(id -> records.find(Trainer.class, id))
            .toList();
    List<PartTime> parts = new ArrayList<>();
    for (SessionForm.Part part : form.getParts()) {
      if (part.getStartsAt() == null || part.getEndsAt() == null) {
        throw new RuleViolationException(RuleViolation.of("parts", "session.part.incomplete"));
      }
      parts.add(new PartTime(part.getStartsAt(), part.getEndsAt()));
    }
    return new SessionPlan(
        room,
        form.getOnlineLink(),
        trainers,
        parts,
        form.getCapacity() == null ? 0 : form.getCapacity(),
        form.getMinBookings() == null ? 0 : form.getMinBookings(),
        form.getRegistrationDeadline(),
        form.getPolicy(),
        form.getClaimHours() == null ? 0 : form.getClaimHours(),
        form.isApprovalRequired());
  }

  /** Blocks room and trainers; a taken block means a room or trainer is busy then. */
  private void claimSlots(TrainingSession session) {
    try {
      em.flush();
      slots.occupy(session);
    } catch (PersistenceException e) {
      if (TimeConflicts.isConflict(e)) {
        RuleViolationException busy =
            new RuleViolationException(RuleViolation.of("parts", "session.slot.taken"));
        busy.initCause(e);
        throw busy;
      }
      throw e;
    }
  }

  private static String like(String text) {
    return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
  }
}
