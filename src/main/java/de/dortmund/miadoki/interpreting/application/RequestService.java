package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.ClientReferences;
import de.dortmund.miadoki.interpreting.domain.Compensation;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.interpreting.domain.RequestPolicy;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.StatusChange;
import de.dortmund.miadoki.interpreting.domain.StatusNotes;
import de.dortmund.miadoki.interpreting.infrastructure.AssignmentSlots;
import de.dortmund.miadoki.interpreting.infrastructure.PoolRuleStore;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.OwnAccount;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Requests for interpreters: created by a department's requesters (for their own department only)
 * or by coordinators; read per record with the same rule, every read of a request audited.
 */
@ApplicationScoped
@RequiresRole({Role.REQUESTER, Role.COORDINATOR})
public class RequestService {

  static final String ENTITY = "InterpreterRequest";
  private static final Set<String> SORTABLE = Set.of("startsAt", "status", "createdAt");

  @PersistenceContext EntityManager em;
  @Inject RequestTransitions transitions;
  @Inject CurrentUser currentUser;
  @Inject OwnAccount ownAccount;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject AssignmentSlots slots;
  @Inject Records records;
  @Inject Event<PoolEvents.RequestClosed> closed;
  @Inject Event<PoolEvents.RequestCreated> createdEvent;
  @Inject Event<PoolEvents.AssignmentCancelled> assignmentCancelled;
  @Inject Event<PoolEvents.BookedRequestChanged> bookedChanged;

  @Inject PoolRuleStore rules;

  /** Creates one request for the caller's department (a coordinator may name the department). */
  @Transactional
  public InterpreterRequest create(@Valid @NotNull RequestForm form, Long departmentId) {
    return createSeries(form, departmentId, null).get(0);
  }

  /**
   * Creates a request, or with a recurrence one request per occurrence, all checked against the
   * booking rules before anything is stored.
   */
  @Transactional
  public List<InterpreterRequest> createSeries(
      @Valid @NotNull RequestForm form, Long departmentId, Recurrence recurrence) {
    List<InterpreterRequest> booked = bookedWith(form.getSubmissionKey());
    if (!booked.isEmpty()) {
      return booked;
    }
    Department department = departmentFor(departmentId);
    InterpreterRequest.Details first = details(form, form.getStartsAt());
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    List<RuleViolation> violations = policy().check(first, now);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    List<LocalDateTime> starts =
        recurrence == null ? List.of(form.getStartsAt()) : recurrence.starts(form.getStartsAt());
    List<InterpreterRequest> created = new ArrayList<>();
    for (LocalDateTime start : starts) {
      InterpreterRequest request =
          new InterpreterRequest(
              department, currentUser.username(), details(form, start), clock.instant());
      request.bookedWith(form.getSubmissionKey());
      em.persist(request);
      created.add(request);
    }
    em.flush();
    if (created.size() > 1) {
      long seriesId = created.get(0).getId();
      for (int i = 0; i < created.size(); i++) {
        created.get(i).belongToSeries(seriesId, i + 1);
      }
    }
    for (InterpreterRequest request : created) {
      audit.record(AuditAction.CREATE, request);
      createdEvent.fire(new PoolEvents.RequestCreated(request));
    }
    return created;
  }

  /**
   * The requests an earlier sending of the same form created (by this user): a form sent again, for
   * example repeated after the server that took it went away before answering, books nothing a
   * second time.
   */
  private List<InterpreterRequest> bookedWith(String submissionKey) {
    if (submissionKey == null) {
      return List.of();
    }
    return em.createQuery(
            "select r from InterpreterRequest r where r.submissionKey = :key"
                + " and r.requester = :requester order by r.startsAt",
            InterpreterRequest.class)
        .setParameter("key", submissionKey)
        .setParameter("requester", currentUser.username())
        .getResultList();
  }

  /** One request, if the caller may see it; the read is audited, refused attempts too. */
  @Transactional
  public InterpreterRequest load(@NotNull Long id) {
    return records.read(InterpreterRequest.class, id, this::mayAccess);
  }

  /**
   * The request with the same access check as {@link #load}, for the further reads of one screen
   * (history, assignment, candidates), which the audit log already holds from the screen's load.
   */
  InterpreterRequest accessible(Long id) {
    return records.reread(InterpreterRequest.class, id, this::mayAccess);
  }

  @Transactional
  public List<StatusChange> history(@NotNull Long id) {
    return accessible(id).getHistory();
  }

  /** The active assignment of a request, if any. */
  @Transactional
  public Assignment assignmentOf(@NotNull Long id) {
    accessible(id);
    return em.createNamedQuery(Assignment.ACTIVE_OF_REQUEST, Assignment.class)
        .setParameter("request", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Changes a request that has not been served yet (open or booked); this occurrence only or this
   * and the following of its series.
   */
  @Transactional
  public List<InterpreterRequest> change(
      @NotNull Long id, @Valid @NotNull RequestForm form, Recurrence.Scope scope) {
    InterpreterRequest request =
        records.change(InterpreterRequest.class, id, form.getVersion(), this::mayAccess);
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    if (!request.isChangeable(now)) {
      throw new RuleViolationException(List.of(RuleViolation.general("request.notChangeable")));
    }
    InterpreterRequest.Details details = details(form, form.getStartsAt());
    List<RuleViolation> violations = policy().check(details, now);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Duration shift = Duration.between(request.getStartsAt(), form.getStartsAt());
    List<InterpreterRequest> changed = new ArrayList<>();
    for (InterpreterRequest r : affected(request, scope)) {
      InterpreterRequest.Details next = details(form, r.getStartsAt().plus(shift));
      if (r.getStatus() == RequestStatus.ASSIGNED) {
        changeBooked(r, next);
      } else if (r.getStatus().isOpen()) {
        r.change(next);
      } else {
        continue;
      }
      records.changed(r);
      changed.add(r);
    }
    return changed;
  }

  /**
   * A booked request changes. Its booking stays when only the place or the notes change (the
   * interpreter is told); a new time or different needs end it, and the appointment is offered to
   * the same interpreter again ({@link PoolEvents.BookedRequestChanged}).
   */
  private void changeBooked(InterpreterRequest r, InterpreterRequest.Details next) {
    Assignment booked =
        em.createNamedQuery(Assignment.ACTIVE_OF_REQUEST, Assignment.class)
            .setParameter("request", r.getId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Request " + r.getId() + " unbooked"));
    boolean rebook = r.needsRebooking(next);
    boolean placeChanged = r.placeDiffers(next);
    r.change(next);
    if (rebook) {
      booked.release(StatusNotes.key("request.rescheduled"));
      slots.free(booked);
      records.changed(booked);
      transitions.move(
          r,
          RequestStatus.NEW,
          currentUser.username(),
          clock.instant(),
          StatusNotes.key("request.rescheduled"));
      em.flush();
    }
    if (rebook || placeChanged) {
      bookedChanged.fire(new PoolEvents.BookedRequestChanged(r, booked, rebook));
    }
  }

  /** The booking rules with the coordinators' pool rules in force. */
  private RequestPolicy policy() {
    return RequestPolicy.of(rules.current());
  }

  /**
   * A coordinator files a request under another kind of appointment. A kind the pool's rules refuse
   * (it has legal consequences) ends the request as cancelled, with the reason in its history: the
   * requester is told, a booked interpreter too, offers are withdrawn.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public InterpreterRequest reclassify(
      @NotNull Long id, long version, @NotNull AppointmentKind kind) {
    InterpreterRequest request =
        records.change(InterpreterRequest.class, id, version, this::mayAccess);
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    if (!request.isChangeable(now)) {
      throw new RuleViolationException(List.of(RuleViolation.general("request.notChangeable")));
    }
    request.reclassify(kind);
    if (rules.current().refuses(kind)) {
      close(request, StatusNotes.key("request.refusedKind"));
    } else {
      records.changed(request);
    }
    return request;
  }

  /** Cancels by the requester or a coordinator; frees an assigned interpreter's time. */
  @Transactional
  public List<InterpreterRequest> cancel(
      @NotNull Long id, long version, Recurrence.Scope scope, String reason) {
    InterpreterRequest request =
        records.change(InterpreterRequest.class, id, version, this::mayAccess);
    List<InterpreterRequest> cancelled = new ArrayList<>();
    for (InterpreterRequest r : affected(request, scope)) {
      if (r.getStatus().canGoTo(RequestStatus.CANCELLED)) {
        close(r, reason);
        cancelled.add(r);
      }
    }
    return cancelled;
  }

  /** Cancels one request: a booked interpreter's time is freed and they are told. */
  private void close(InterpreterRequest r, String reason) {
    em.createNamedQuery(Assignment.ACTIVE_OF_REQUEST, Assignment.class)
        .setParameter("request", r.getId())
        .getResultList()
        .forEach(
            a -> {
              a.cancel(
                  Compensation.isLateCancellation(
                      clock.instant(), a.getStartsAt(), ClockProducer.ZONE),
                  clock.instant());
              slots.free(a);
              assignmentCancelled.fire(new PoolEvents.AssignmentCancelled(r, a));
            });
    transitions.move(r, RequestStatus.CANCELLED, currentUser.username(), clock.instant(), reason);
    records.changed(r);
    closed.fire(new PoolEvents.RequestClosed(r, RequestStatus.CANCELLED));
  }

  /**
   * Nobody could be found: the request closes as UNFILLED (counted as unmet demand in the reports),
   * open offers are withdrawn and the requester is told.
   */
  @RequiresRole(Role.COORDINATOR)
  @Transactional
  public InterpreterRequest markUnfilled(@NotNull Long id, long version, String note) {
    InterpreterRequest request =
        records.change(InterpreterRequest.class, id, version, this::mayAccess);
    transitions.move(
        request,
        RequestStatus.UNFILLED,
        currentUser.username(),
        clock.instant(),
        note == null || note.isBlank() ? null : note.strip());
    records.changed(request);
    closed.fire(new PoolEvents.RequestClosed(request, RequestStatus.UNFILLED));
    return request;
  }

  private List<InterpreterRequest> affected(InterpreterRequest request, Recurrence.Scope scope) {
    if (scope != Recurrence.Scope.THIS_AND_FOLLOWING || request.getSeriesId() == null) {
      return List.of(request);
    }
    return em.createQuery(
            "select r from InterpreterRequest r where r.seriesId = :series"
                + " and r.seriesIndex >= :index order by r.seriesIndex",
            InterpreterRequest.class)
        .setParameter("series", request.getSeriesId())
        .setParameter("index", request.getSeriesIndex())
        .getResultList();
  }

  /** The caller's view of the requests, paged and filtered on the server. */
  @Transactional
  public Page<InterpreterRequest> search(RequestFilter filter, PageRequest page) {
    return CriteriaPages.page(
        em,
        InterpreterRequest.class,
        (cb, query, root) -> where(cb, query, root, filter),
        (cb, root) -> CriteriaPages.sortBy(cb, root, page, SORTABLE, "startsAt", true),
        page);
  }

  private List<Predicate> where(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<InterpreterRequest> r, RequestFilter f) {
    List<Predicate> where = new ArrayList<>();
    if (!currentUser.hasRole(Role.COORDINATOR)) {
      where.add(cb.equal(r.get("department").get("id"), ownDepartment().getId()));
    } else if (f.departmentId() != null) {
      where.add(cb.equal(r.get("department").get("id"), f.departmentId()));
    }
    if (f.status() != null) {
      where.add(cb.equal(r.get("status"), f.status()));
    }
    if (f.languageId() != null) {
      where.add(cb.equal(r.get("language").get("id"), f.languageId()));
    }
    if (f.from() != null) {
      where.add(cb.greaterThanOrEqualTo(r.get("startsAt"), f.from().atStartOfDay()));
    }
    if (f.to() != null) {
      where.add(cb.lessThan(r.get("startsAt"), f.to().plusDays(1).atStartOfDay()));
    }
    if (f.clientReference() != null && !f.clientReference().isBlank()) {
      where.add(cb.equal(r.get("clientKey"), ClientReferences.key(f.clientReference())));
    }
    if (f.closeOut() != null) {
      Subquery<Long> held = query.subquery(Long.class);
      Root<Assignment> a = held.from(Assignment.class);
      held.select(a.get("id"))
          .where(
              cb.equal(a.get("request"), r),
              cb.isTrue(a.get("active")),
              cb.equal(a.get("closeState"), f.closeOut()),
              cb.lessThanOrEqualTo(
                  a.get("startsAt"), LocalDateTime.now(clock.withZone(ClockProducer.ZONE))));
      where.add(cb.exists(held));
    }
    return where;
  }

  /** Coordinators see every request; requesters only their own department's. */
  boolean mayAccess(InterpreterRequest request) {
    if (currentUser.hasRole(Role.COORDINATOR)) {
      return true;
    }
    Department own = currentUser.hasRole(Role.REQUESTER) ? ownDepartmentOrNull() : null;
    return own != null && own.getId().equals(request.getDepartment().getId());
  }

  private Department departmentFor(Long departmentId) {
    if (currentUser.hasRole(Role.COORDINATOR) && departmentId != null) {
      return records.find(Department.class, departmentId);
    }
    return ownDepartment();
  }

  private Department ownDepartment() {
    Department department = ownDepartmentOrNull();
    if (department == null) {
      throw new AccessDeniedException(currentUser.username() + " belongs to no department");
    }
    return department;
  }

  private Department ownDepartmentOrNull() {
    return ownAccount.me().map(PortalUser::getDepartment).orElse(null);
  }

  private InterpreterRequest.Details details(RequestForm f, LocalDateTime start) {
    Language language = records.find(Language.class, f.getLanguageId());
    LanguageVariety variety =
        f.getVarietyId() == null ? null : records.find(LanguageVariety.class, f.getVarietyId());
    FundingSource funding = records.find(FundingSource.class, f.getFundingSourceId());
    Duration duration = Duration.ofMinutes(f.getDurationMinutes());
    LocalDateTime alternative =
        f.getAlternativeStartsAt() == null
            ? null
            : f.getAlternativeStartsAt().plus(Duration.between(f.getStartsAt(), start));
    return new InterpreterRequest.Details(
        language,
        variety,
        start,
        duration,
        alternative,
        f.getMode(),
        trim(f.getAddress()),
        f.getDistrict(),
        trim(f.getMeetingPoint()),
        trim(f.getOnsiteContact()),
        f.getKind(),
        f.getField(),
        trim(f.getTopic()),
        f.getClientReference() == null ? null : f.getClientReference().strip(),
        f.getClientGender(),
        f.getGenderRequirement(),
        f.getInterpreterGender(),
        f.isUrgent(),
        trim(f.getUrgencyReason()),
        funding,
        trim(f.getNotes()));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
