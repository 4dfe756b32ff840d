package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Eligibility;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.IllegalTransitionException;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.MatchingPolicy;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.infrastructure.CandidateQueries;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
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
import java.sql.SQLException;
import java.time.Clock;
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

  @PersistenceContext EntityManager em;
  @Inject CandidateQueries queries;
  @Inject AuditLog audit;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Assignment assign(@NotNull Long requestId, @NotNull Long interpreterId) {
    return book(requestId, interpreterId);
  }

  /** For the offer flow: the acceptance of an offer books the interpreter the same way. */
  @Transactional(Transactional.TxType.MANDATORY)
  Assignment book(long requestId, long interpreterId) {
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
    Assignment assignment =
        new Assignment(request, interpreter, currentUser.username(), clock.instant());
    em.persist(assignment);
    request.moveTo(RequestStatus.ASSIGNED, currentUser.username(), clock.instant(), null);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isExclusionViolation(e)) {
        throw new DoubleBookingException(interpreterId, e);
      }
      throw e;
    }
    audit.record(AuditAction.CREATE, ENTITY, assignment.getId(), request.getClientReference());
    return assignment;
  }

  static boolean isExclusionViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
