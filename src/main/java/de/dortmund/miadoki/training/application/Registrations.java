package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.Sequences;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Registrations for sessions: staff register and withdraw, supervisors approve and book for their
 * team, the training manager moves people up by hand. Every change runs under the session's row
 * lock and ends with {@link WaitingList#allocate}, so places go in arrival order and the last place
 * goes to exactly one person.
 */
@ApplicationScoped
@RequiresRole({STAFF, SUPERVISOR, TRAINING_MANAGER})
public class Registrations {

  static final String ARRIVAL_SEQUENCE = "training_registration_seq";

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject Sequences sequences;
  @Inject Places places;
  @Inject Clock clock;
  @Inject Event<TrainingEvents.PlaceGiven> placeGiven;
  @Inject Event<TrainingEvents.ApprovalRequested> approvalRequested;
  @Inject Event<TrainingEvents.RegistrationRejected> rejected;
  @Inject Event<TrainingEvents.PlaceWithdrawn> withdrawn;

  /** The caller registers, with a reason where the course asks for one. */
  @RequiresRole({STAFF, SUPERVISOR})
  @Transactional
  public Registration register(@NotNull Long sessionId, @Size(max = 2000) String reason) {
    return enter(sessionId, currentUser.username(), reason, false);
  }

  /** A supervisor books a place for a member of a department they lead: approved at once. */
  @RequiresRole(SUPERVISOR)
  @Transactional
  public Registration bookFor(
      @NotNull Long sessionId, @NotBlank String username, @Size(max = 2000) String reason) {
    PortalUser person = account(username);
    if (person.getDepartment() == null || !person.getDepartment().isLedBy(currentUser.username())) {
      throw new RuleViolationException(RuleViolation.of("person", "registration.book.notYourTeam"));
    }
    return enter(sessionId, username, reason, !username.equals(currentUser.username()));
  }

  private Registration enter(Long sessionId, String username, String reason, boolean approved) {
    TrainingSession session = records.lock(TrainingSession.class, sessionId);
    if (!session.takesRegistrationsAt(now())) {
      throw new RuleViolationException("registration.closed");
    }
    PortalUser person = account(username);
    long arrival = sequences.next(ARRIVAL_SEQUENCE);
    Registration registration =
        em.createNamedQuery(Registration.OF_PERSON, Registration.class)
            .setParameter("session", session)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (registration == null) {
      registration =
          records.create(
              new Registration(
                  session,
                  new Registration.Person(
                      username, person.getDisplayName(), person.getDepartment()),
                  arrival,
                  reason,
                  currentUser.username(),
                  approved,
                  clock.instant()));
    } else {
      registration.renew(arrival, reason, currentUser.username(), approved, clock.instant());
      records.changed(registration);
    }
    places.allocate(session, Set.of(registration));
    if (registration.getStatus() == RegistrationStatus.PENDING_APPROVAL) {
      approvalRequested.fire(new TrainingEvents.ApprovalRequested(registration));
    }
    return registration;
  }

  @RequiresRole(SUPERVISOR)
  @Transactional
  public Registration approve(@NotNull Long id, long version) {
    Registration registration = decide(id, version);
    registration.approve(currentUser.username(), clock.instant());
    records.changed(registration);
    places.allocate(registration.getSession(), Set.of(registration));
    return registration;
  }

  @RequiresRole(SUPERVISOR)
  @Transactional
  public Registration reject(@NotNull Long id, long version, @Size(max = 2000) String why) {
    Registration registration = decide(id, version);
    registration.reject(currentUser.username(), why, clock.instant());
    records.changed(registration);
    places.allocate(registration.getSession(), Set.of());
    rejected.fire(new TrainingEvents.RegistrationRejected(registration));
    return registration;
  }

  private Registration decide(Long id, long version) {
    places.lockSessionOf(id);
    return records.change(Registration.class, id, version, this::leadsDepartmentOf);
  }

  /** The person withdraws (or the manager withdraws them); the place goes to the next in line. */
  @Transactional
  public Registration cancel(@NotNull Long id, long version) {
    places.lockSessionOf(id);
    Registration registration = records.change(Registration.class, id, version, this::ownOrManager);
    boolean heldPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
    registration.cancel(clock.instant(), registration.getSession().hasStartedAt(now()));
    if (heldPlace) {
      withdrawn.fire(new TrainingEvents.PlaceWithdrawn(registration));
    }
    records.changed(registration);
    places.allocate(registration.getSession(), Set.of());
    return registration;
  }

  /** The person takes the place offered, inside the claim window. */
  @RequiresRole({STAFF, SUPERVISOR})
  @Transactional
  public Registration claim(@NotNull Long id, long version) {
    places.lockSessionOf(id);
    Registration registration = records.change(Registration.class, id, version, this::own);
    registration.claim(clock.instant());
    records.changed(registration);
    places.allocate(registration.getSession(), Set.of());
    return registration;
  }

  /** The training manager gives a free place to someone on the list. */
  @RequiresRole(TRAINING_MANAGER)
  @Transactional
  public Registration moveUp(@NotNull Long id, long version) {
    places.lockSessionOf(id);
    Registration registration = records.change(Registration.class, id, version, Records.anyone());
    TrainingSession session = registration.getSession();
    WaitingList.Move move =
        WaitingList.moveUp(session, places.active(session), registration, clock);
    records.changed(registration);
    places.allocate(session, Set.of());
    placeGiven.fire(new TrainingEvents.PlaceGiven(move.registration(), move.to()));
    return registration;
  }

  private PortalUser account(String username) {
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(PortalUser::isActive)
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolationException(
                    RuleViolation.of("person", "registration.person.unknown")));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private boolean own(Registration r) {
    return r.getUsername().equals(currentUser.username());
  }

  private boolean ownOrManager(Registration r) {
    return own(r) || currentUser.hasRole(TRAINING_MANAGER);
  }

  /** A supervisor or deputy of the department the person registered from. */
  private boolean leadsDepartmentOf(Registration r) {
    Department department = r.getDepartment();
    return department != null && department.isLedBy(currentUser.username());
  }
}
