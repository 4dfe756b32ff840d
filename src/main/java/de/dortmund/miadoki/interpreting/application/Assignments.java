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
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.SQLException;
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

  /** SQLSTATE of an exclusion constraint violation in PostgreSQL. */
  static final String EXCLUSION_VIOLATION = "23P01";

  /** SQLSTATE of a unique violation (a five-minute block of the interpreter is taken). */
  static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext EntityManager em;
  @Inject CandidateQueries queries;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject Offers offers;
  @Inject PoolMail mail;
  @Inject PortalLinks links;
  @Inject AssignmentSlots slots;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Assignment assign(@NotNull Long requestId, @NotNull Long interpreterId) {
    Assignment assignment = book(requestId, interpreterId, currentUser.username());
    offers.withdrawAll(assignment.getRequest());
    return assignment;
  }

  /**
   * Books the interpreter for the request, by {@code actor}; the acceptance of an offer books the
   * same way. The requester is told who comes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Assignment book(long requestId, long interpreterId, String actor) {
    Interpreter interpreter =
        em.find(Interpreter.class, interpreterId, LockModeType.PESSIMISTIC_WRITE);
    if (interpreter == null) {
      throw new RecordNotFoundException(Interpreter.class, interpreterId);
    }
    InterpreterRequest request =
        em.find(InterpreterRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw new RecordNotFoundException(InterpreterRequest.class, requestId);
    }
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
    request.moveTo(RequestStatus.ASSIGNED, actor, clock.instant(), null);
    try {
      em.flush();
      slots.occupy(assignment);
    } catch (PersistenceException e) {
      if (isDoubleBooking(e)) {
        throw new DoubleBookingException(interpreterId, e);
      }
      throw e;
    }
    audit.recordAs(
        actor, AuditAction.CREATE, ENTITY, assignment.getId(), request.getClientReference());
    mail.toRequester(
        request,
        "mail.requestAssigned",
        locale ->
            new Object[] {
              interpreter.getDisplayName(),
              request.getClientReference(),
              links.to("/interpreting/request.xhtml?id=" + request.getId())
            });
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
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw new RecordNotFoundException(Assignment.class, assignmentId);
    }
    Interpreter interpreter = assignment.getInterpreter();
    if (!currentUser.hasRole(Role.COORDINATOR)
        && !currentUser.username().equals(interpreter.getUsername())) {
      audit.recordDenied(ENTITY, assignmentId);
      throw new AccessDeniedException(
          currentUser.username() + " may not end assignment " + assignmentId);
    }
    em.lock(interpreter, LockModeType.PESSIMISTIC_WRITE);
    InterpreterRequest request =
        em.find(
            InterpreterRequest.class,
            assignment.getRequest().getId(),
            LockModeType.PESSIMISTIC_WRITE);
    em.refresh(assignment);
    if (request.getVersion() != requestVersion || !assignment.isActive()) {
      throw new ConcurrentChangeException(InterpreterRequest.class, request.getId());
    }
    String note =
        reason == null || reason.isBlank()
            ? StatusNotes.key("assignment.droppedOut")
            : reason.strip();
    assignment.release(note);
    slots.free(assignment);
    request.moveTo(RequestStatus.NEW, currentUser.username(), clock.instant(), note);
    audit.record(AuditAction.UPDATE, ENTITY, assignmentId, request.getClientReference());
    mail.toRequester(
        request,
        "mail.interpreterDroppedOut",
        locale ->
            new Object[] {
              interpreter.getDisplayName(),
              request.getClientReference(),
              links.to("/interpreting/request.xhtml?id=" + request.getId())
            });
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

  /** The database refused an overlapping assignment: the exclusion constraint or a taken block. */
  static boolean isDoubleBooking(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (EXCLUSION_VIOLATION.equals(sql.getSQLState())
              || UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
