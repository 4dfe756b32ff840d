package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Eligibility;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.IllegalTransitionException;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.MatchingPolicy;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.interpreting.infrastructure.AssignmentSlots;
import de.dortmund.miadoki.interpreting.infrastructure.CandidateQueries;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.TimeConflicts;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts an interpreter on a request. Safe under concurrency: the interpreter's row is locked first,
 * so two coordinators (or two acceptances) for one interpreter run one after the other and the
 * second sees the first's booking; on PostgreSQL an exclusion constraint refuses overlapping
 * assignments even for code that skips the lock.
 */
@ApplicationScoped
public class Assignments {

  static final String ENTITY = "Assignment";

  @PersistenceContext EntityManager em;
  @Inject RequestTransitions transitions;
  @Inject CandidateQueries queries;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject AssignmentSlots slots;
  @Inject Records records;
  @Inject Event<PoolEvents.RequestBooked> booked;
  @Inject Event<PoolEvents.InterpreterDroppedOut> droppedOut;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Assignment assign(@NotNull Long requestId, @NotNull Long interpreterId) {
    return book(requestId, interpreterId, currentUser.username(), true, false);
  }

  /**
   * Books the interpreter for the request, by {@code actor}: {@code direct}ly by a coordinator, or
   * by the acceptance of an offer ({@code partOfSeries}: of an offer for a series). Then {@link
   * PoolEvents.RequestBooked}: pending offers are withdrawn, the requester is told who comes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Assignment book(
      long requestId, long interpreterId, String actor, boolean direct, boolean partOfSeries) {
    // always the interpreter's row first, then the request's: bookings of one interpreter queue up
    Interpreter interpreter = records.lock(Interpreter.class, interpreterId);
    InterpreterRequest request = records.lock(InterpreterRequest.class, requestId);
    if (!request.getStatus().isOpen()) {
      throw new IllegalTransitionException(request.getStatus(), RequestStatus.ASSIGNED);
    }
    List<Exclusion> exclusions =
        Eligibility.exclusions(
            queries.candidate(interpreter, request), queries.needOf(request), policy);
    if (!exclusions.isEmpty()) {
      throw new NotEligibleException(exclusions);
    }
    Assignment assignment = new Assignment(request, interpreter, actor, clock.instant());
    em.persist(assignment);
    transitions.move(request, RequestStatus.ASSIGNED, actor, clock.instant(), null);
    try {
      em.flush();
      slots.occupy(assignment);
    } catch (PersistenceException e) {
      if (TimeConflicts.isConflict(e)) {
        throw new DoubleBookingException(interpreterId, e);
      }
      throw e;
    }
    audit.recordAs(actor, AuditAction.CREATE, assignment);
    booked.fire(new PoolEvents.RequestBooked(request, assignment, actor, direct, partOfSeries));
    return assignment;
  }

  /**
   * The assigned interpreter drops out (reported by the interpreter or a coordinator): the time is
   * freed, the request goes back to matching and the requester is told.
   */
  @RequiresRole({Role.COORDINATOR, Role.INTERPRETER})
  @Transactional
  public void dropOut(
      @NotNull Long assignmentId, long requestVersion, @Size(max = 200) String reason) {
    Assignment assignment = records.reread(Assignment.class, assignmentId, this::ownOrCoordinator);
    // the same lock order as a booking: the interpreter's row, then the request's
    records.lock(Interpreter.class, assignment.getInterpreter().getId());
    InterpreterRequest request =
        records.lock(
            InterpreterRequest.class,
            assignment.getRequest().getId(),
            requestVersion,
            Records.anyone());
    em.refresh(assignment);
    if (!assignment.isActive()) {
      throw new ConcurrentChangeException(Assignment.class, assignmentId);
    }
    String note =
        reason == null || reason.isBlank()
            ? StatusNotes.key("assignment.droppedOut")
            : reason.strip();
    assignment.release(note);
    slots.free(assignment);
    transitions.move(request, RequestStatus.NEW, currentUser.username(), clock.instant(), note);
    records.changed(assignment);
    droppedOut.fire(
        new PoolEvents.InterpreterDroppedOut(request, assignment, currentUser.username()));
  }

  /** Coordinators end any assignment, interpreters their own. */
  private boolean ownOrCoordinator(Assignment assignment) {
    return currentUser.hasRole(Role.COORDINATOR)
        || currentUser.username().equals(assignment.getInterpreter().getUsername());
  }

  /** The calling interpreter's assignments from today on. */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public List<Assignment> upcomingOfMine() {
    return em.createNamedQuery(Assignment.UPCOMING_OF_USER, Assignment.class)
        .setParameter("username", currentUser.username())
        .setParameter("from", LocalDate.now(clock).atStartOfDay())
        .getResultList();
  }
}
