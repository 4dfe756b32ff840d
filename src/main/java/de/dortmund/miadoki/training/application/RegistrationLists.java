package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The lists of registrations each role works from, each checked per record. */
@ApplicationScoped
@RequiresRole({STAFF, SUPERVISOR, TRAINING_MANAGER, TRAINER})
public class RegistrationLists {

  /** A registration as its person sees it: the place on the waiting list, the certificate. */
  public record Mine(
      Registration registration, int position, Long certificateId, boolean feedbackOpen)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Records records;
  @Inject Places places;
  @Inject Feedback feedback;
  @Inject Clock clock;

  /** The caller's own registrations, the latest session first. */
  @RequiresRole({STAFF, SUPERVISOR})
  @Transactional
  public List<Mine> mine() {
    List<Registration> own =
        em.createQuery(
                "select r from Registration r join fetch r.session s join fetch s.course"
                    + " where r.username = :username order by s.startsAt desc",
                Registration.class)
            .setParameter("username", currentUser.username())
            .getResultList();
    Map<Long, Long> certificates =
        own.isEmpty()
            ? Map.of()
            : em.createQuery(
                    "select c from Certificate c where c.registration in :own and c.revoked = false",
                    Certificate.class)
                .setParameter("own", own)
                .getResultStream()
                .collect(Collectors.toMap(c -> c.getRegistration().getId(), Certificate::getId));
    return own.stream()
        .map(
            r ->
                new Mine(
                    r,
                    r.getStatus() == RegistrationStatus.WAITING
                            || r.getStatus() == RegistrationStatus.PENDING_APPROVAL
                        ? WaitingList.position(places.active(r.getSession()), r)
                        : 0,
                    certificates.get(r.getId()),
                    r.getStatus() == RegistrationStatus.CONFIRMED
                        && !r.getSession().getEndsAt().isAfter(LocalDateTime.now(clock))
                        && feedback.open(r.getId())))
        .toList();
  }

  /** Registrations of the departments the caller leads that wait for a decision. */
  @RequiresRole(SUPERVISOR)
  @Transactional
  public List<Registration> awaitingMyDecision() {
    return em.createQuery(
            "select r from Registration r join r.department d join d.supervisors s"
                + " where s.username = :me and r.status = :pending and r.username <> :me"
                + " order by r.arrival",
            Registration.class)
        .setParameter("me", currentUser.username())
        .setParameter("pending", RegistrationStatus.PENDING_APPROVAL)
        .getResultList();
  }

  /** How many registrations wait for the caller's decision (home page). */
  @RequiresRole(SUPERVISOR)
  @Transactional
  public long countAwaitingMyDecision() {
    return em.createQuery(
            "select count(r) from Registration r join r.department d join d.supervisors s"
                + " where s.username = :me and r.status = :pending and r.username <> :me",
            Long.class)
        .setParameter("me", currentUser.username())
        .setParameter("pending", RegistrationStatus.PENDING_APPROVAL)
        .getSingleResult();
  }

  /** The people of the departments the caller leads, for booking places for the team. */
  @RequiresRole(SUPERVISOR)
  @Transactional
  public List<PortalUser> myTeam() {
    return em.createQuery(
            "select u from PortalUser u, Department d join d.supervisors s"
                + " where u.department = d and s.username = :me and u.active = true"
                + " order by u.displayName",
            PortalUser.class)
        .setParameter("me", currentUser.username())
        .getResultList();
  }

  /** Everyone registered for a session, in arrival order: for its manager and its trainers. */
  @RequiresRole({TRAINING_MANAGER, TRAINER})
  @Transactional
  public List<Registration> ofSession(@NotNull Long sessionId) {
    TrainingSession session = records.read(TrainingSession.class, sessionId, this::runs);
    return em.createQuery(
            "select r from Registration r where r.session = :session order by r.arrival",
            Registration.class)
        .setParameter("session", session)
        .getResultList();
  }

  /**
   * Every registration, newest session first, for the training manager: by a part of the person's
   * name, the department and the status.
   */
  @RequiresRole(TRAINING_MANAGER)
  @Transactional
  public Page<Registration> search(
      String person, Long departmentId, RegistrationStatus status, PageRequest page) {
    return CriteriaPages.page(
        em,
        Registration.class,
        (cb, query, root) -> {
          List<Predicate> where = new ArrayList<>();
          if (person != null && !person.isBlank()) {
            String like = "%" + person.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
            where.add(cb.like(cb.lower(root.get("personName")), like));
          }
          if (departmentId != null) {
            where.add(cb.equal(root.get("department").get("id"), departmentId));
          }
          if (status != null) {
            where.add(cb.equal(root.get("status"), status));
          }
          return where;
        },
        (cb, root) -> List.of(cb.desc(root.get("arrival"))),
        page);
  }

  /** A registration opened by its id (the person, their supervisor, the manager, a trainer). */
  @Transactional
  public Registration load(@NotNull Long id) {
    return records.read(Registration.class, id, this::mayRead);
  }

  /** The waiting position of each registration of a session that is still waiting. */
  @RequiresRole({TRAINING_MANAGER, TRAINER})
  @Transactional
  public Map<Long, Integer> positions(@NotNull Long sessionId) {
    TrainingSession session = records.reread(TrainingSession.class, sessionId, this::runs);
    List<Registration> active = places.active(session);
    return active.stream()
        .filter(r -> !r.getStatus().takesPlace())
        .collect(
            Collectors.toMap(
                Registration::getId, r -> WaitingList.position(active, r), (a, b) -> a));
  }

  private boolean runs(TrainingSession session) {
    return currentUser.hasRole(TRAINING_MANAGER) || session.isGivenBy(currentUser.username());
  }

  private boolean mayRead(Registration r) {
    boolean mine = r.getUsername().equals(currentUser.username());
    boolean leads =
        currentUser.hasRole(SUPERVISOR)
            && r.getDepartment() != null
            && r.getDepartment().isLedBy(currentUser.username());
    return mine || leads || runs(r.getSession());
  }
}
