package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * After the appointment: the interpreter reports actual times and travel, the requester confirms or
 * disputes, a coordinator resolves disputes, records no-shows and corrects figures. A confirmed
 * assignment makes the request DONE; what it earns is worked out by {@link Statements}.
 */
@ApplicationScoped
public class CloseOut {

  @PersistenceContext EntityManager em;
  @Inject RequestTransitions transitions;
  @Inject RequestService requests;
  @Inject CurrentUser currentUser;
  @Inject Records records;
  @Inject Clock clock;

  /** The actual times and the one-way travel distance, as reported. */
  public record Report(
      @NotNull LocalDateTime start, @NotNull LocalDateTime end, @Min(0) @Max(300) int travelKm)
      implements Serializable {}

  @RequiresRole({Role.INTERPRETER, Role.COORDINATOR})
  @Transactional
  public Assignment report(@NotNull Long assignmentId, long version, @NotNull Report report) {
    Assignment assignment =
        records.change(Assignment.class, assignmentId, version, this::ownOrCoordinator);
    requireHeldAlready(assignment);
    assignment.report(report.start(), report.end(), report.travelKm(), who(), now());
    audited(assignment);
    return assignment;
  }

  @RequiresRole({Role.REQUESTER, Role.COORDINATOR})
  @Transactional
  public Assignment confirm(@NotNull Long assignmentId, long version) {
    Assignment assignment =
        records.change(Assignment.class, assignmentId, version, this::ofVisibleRequest);
    assignment.confirm(who(), now());
    done(assignment.getRequest());
    audited(assignment);
    return assignment;
  }

  @RequiresRole({Role.REQUESTER, Role.COORDINATOR})
  @Transactional
  public Assignment dispute(
      @NotNull Long assignmentId, long version, @NotBlank @Size(max = 500) String disputeReason) {
    Assignment assignment =
        records.change(Assignment.class, assignmentId, version, this::ofVisibleRequest);
    assignment.dispute(disputeReason.strip(), now());
    audited(assignment);
    return assignment;
  }

  /** A coordinator's figures: after a dispute, for a missing report, or as a correction. */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Assignment resolve(@NotNull Long assignmentId, long version, @NotNull Report report) {
    Assignment assignment =
        records.change(Assignment.class, assignmentId, version, Records.anyone());
    requireHeldAlready(assignment);
    assignment.resolve(report.start(), report.end(), report.travelKm(), who(), now());
    done(assignment.getRequest());
    audited(assignment);
    return assignment;
  }

  /**
   * Nobody interpreted: the interpreter (paid nothing) or the client (booked time paid) missing.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public Assignment noShow(@NotNull Long assignmentId, long version, boolean interpreterMissing) {
    Assignment assignment =
        records.change(Assignment.class, assignmentId, version, Records.anyone());
    requireHeldAlready(assignment);
    assignment.noShow(interpreterMissing, who(), now());
    InterpreterRequest request = assignment.getRequest();
    if (request.getStatus().canGoTo(RequestStatus.NO_SHOW)) {
      transitions.move(request, RequestStatus.NO_SHOW, who(), now(), null);
    }
    audited(assignment);
    return assignment;
  }

  /** The calling interpreter's held assignments that wait for a report (or a confirmation). */
  @RequiresRole(Role.INTERPRETER)
  @Transactional
  public List<Assignment> toReportOfMine() {
    return em.createNamedQuery(Assignment.TO_REPORT_OF_USER, Assignment.class)
        .setParameter("username", currentUser.username())
        .setParameter("states", List.of(CloseOutState.OPEN, CloseOutState.REPORTED))
        .setParameter("now", LocalDateTime.now(clock.withZone(ClockProducer.ZONE)))
        .getResultList();
  }

  /** The booked interpreter reports, or a coordinator for them. */
  private boolean ownOrCoordinator(Assignment assignment) {
    return currentUser.hasRole(Role.COORDINATOR)
        || currentUser.username().equals(assignment.getInterpreter().getUsername());
  }

  /** Those who may see the request (its department's requesters, coordinators) confirm. */
  private boolean ofVisibleRequest(Assignment assignment) {
    return requests.mayAccess(assignment.getRequest());
  }

  private void requireHeldAlready(Assignment assignment) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    if (assignment.getStartsAt().isAfter(now)) {
      throw new CloseOutTooEarlyException(assignment.getId());
    }
  }

  private void done(InterpreterRequest request) {
    if (request.getStatus().canGoTo(RequestStatus.DONE)) {
      transitions.move(request, RequestStatus.DONE, who(), now(), null);
    }
  }

  private void audited(Assignment assignment) {
    records.changed(assignment);
  }

  private String who() {
    return currentUser.username();
  }

  private Instant now() {
    return clock.instant();
  }
}
