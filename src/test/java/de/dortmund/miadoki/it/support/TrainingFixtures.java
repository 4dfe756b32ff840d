package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.Sequences;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.application.SessionForm;
import de.dortmund.miadoki.training.application.TrainingCatalogue;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.Attendance;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.CourseData;
import de.dortmund.miadoki.training.domain.PartTime;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.Room;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.SessionPlan;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.Trainer;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingList;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data of the trainings, each piece new: a department of its own with its supervisor, a room
 * and a trainer of their own (so sessions never meet in the slots), sessions planned and opened
 * through the services as the training manager.
 */
@ApplicationScoped
public class TrainingFixtures {

  private static final AtomicInteger DAY = new AtomicInteger(10);

  @Inject TestCaller caller;
  @Inject PoolFixtures pool;
  @Inject TrainingCatalogue catalogue;
  @Inject TrainingSessions sessions;
  @Inject Sequences sequences;
  @Inject Clock clock;
  @Inject TrainingFixtures self;
  @PersistenceContext EntityManager em;

  /** A department of its own (short name returned) led by a new supervisor account. */
  public record Team(String department, String supervisor) {}

  public Team team() {
    String shortName = self.newDepartment();
    String supervisor =
        pool.account("leitung", "Deniz Aydın", shortName, Role.SUPERVISOR, Role.STAFF);
    self.appoint(shortName, supervisor, false);
    return new Team(shortName, supervisor);
  }

  @Transactional
  public String newDepartment() {
    String shortName = PoolFixtures.unique("T").toUpperCase();
    em.persist(new Department("Fachbereich " + shortName, shortName, "99/" + shortName));
    return shortName;
  }

  @Transactional
  public void appoint(String shortName, String username, boolean deputy) {
    em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
        .setParameter("shortName", shortName)
        .getSingleResult()
        .appointSupervisor(username, deputy);
  }

  /** A staff member of the department, with a name as the city's staff have them. */
  public String staff(String department, String name) {
    return pool.account("staff", name, department, Role.STAFF);
  }

  /**
   * An open session, weeks ahead on a day of its own, in a new room with a new trainer; the caller
   * is left as the training manager.
   */
  public TrainingSession openSession(
      int capacity, WaitingListPolicy policy, boolean approval, boolean reasonRequired) {
    return openSession(capacity, 1, policy, approval, reasonRequired);
  }

  /** As above, with a minimum of bookings. */
  public TrainingSession openSession(
      int capacity,
      int minimum,
      WaitingListPolicy policy,
      boolean approval,
      boolean reasonRequired) {
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    Course course = catalogue.saveCourse(null, 0, courseData(reasonRequired, approval));
    Room room = catalogue.saveRoom(null, 0, PoolFixtures.unique("Raum"), 30, true, true);
    Trainer trainer =
        catalogue.saveTrainer(
            null, 0, "Trainerin " + PoolFixtures.unique("T"), "t@example.org", null, false, true);
    LocalDateTime start = LocalDate.now(clock).plusDays(DAY.getAndIncrement()).atTime(9, 0);
    SessionForm form = new SessionForm();
    form.setCourseId(course.getId());
    form.setRoomId(room.getId());
    form.setTrainerIds(List.of(trainer.getId()));
    form.setParts(
        new java.util.ArrayList<>(List.of(new SessionForm.Part(start, start.withHour(16)))));
    form.setCapacity(capacity);
    form.setMinBookings(minimum);
    form.setRegistrationDeadline(start.minusDays(2));
    form.setPolicy(policy);
    form.setClaimHours(48);
    form.setApprovalRequired(approval);
    TrainingSession session = sessions.plan(form);
    return sessions.open(session.getId(), session.getVersion());
  }

  static CourseData courseData(boolean reasonRequired, boolean approval) {
    return new CourseData(
        "Interkulturelle Kompetenz " + PoolFixtures.unique("K"),
        "Grundlagen für den Bürgerservice",
        Topic.INTERCULTURAL_COMPETENCE,
        "Beschäftigte mit Publikumsverkehr",
        420,
        1,
        20,
        reasonRequired,
        approval,
        true);
  }

  /**
   * A session held last month with the person confirmed, present at every part, and a certificate
   * issued; returns the certificate.
   */
  @Transactional
  public Certificate certificateOf(String username) {
    TrainingSession session = self.heldSession(1, List.of(username), List.of());
    Registration registration =
        em.createQuery("select r from Registration r where r.session = :s", Registration.class)
            .setParameter("s", session)
            .getSingleResult();
    Certificate certificate =
        new Certificate(registration, Certificate.newCode(), false, clock.instant());
    em.persist(certificate);
    return certificate;
  }

  /**
   * A session of {@code parts} days held last month (ended a month ago), with places confirmed for
   * {@code fully} (present at every part) and {@code partly} (present at the first part only).
   */
  @Transactional
  public TrainingSession heldSession(int parts, List<String> fully, List<String> partly) {
    Course course = new Course(courseData(false, false));
    em.persist(course);
    Trainer trainer = new Trainer("Hasan Çelik", "h@example.org", null, false);
    em.persist(trainer);
    LocalDateTime start = LocalDate.now(clock).minusDays(30).atTime(9, 0);
    List<PartTime> times = new java.util.ArrayList<>();
    for (int d = 0; d < parts; d++) {
      times.add(new PartTime(start.plusDays(d), start.plusDays(d).withHour(16)));
    }
    TrainingSession session =
        new TrainingSession(
            course,
            new SessionPlan(
                null,
                "https://meet.example.org/x",
                List.of(trainer),
                times,
                fully.size() + partly.size(),
                1,
                start.minusDays(3),
                WaitingListPolicy.AUTOMATIC,
                0,
                false));
    session.open(start.minusDays(10));
    em.persist(session);
    Clock before =
        Clock.fixed(start.minusDays(5).atZone(clock.getZone()).toInstant(), clock.getZone());
    List<Registration> all = new java.util.ArrayList<>();
    List<String> everyone = new java.util.ArrayList<>(fully);
    everyone.addAll(partly);
    for (String username : everyone) {
      PortalUser person =
          em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
              .setParameter("username", username)
              .getSingleResult();
      Registration registration =
          new Registration(
              session,
              new Registration.Person(username, person.getDisplayName(), person.getDepartment()),
              sequences.next("training_registration_seq"),
              null,
              username,
              true,
              before.instant());
      em.persist(registration);
      all.add(registration);
      WaitingList.allocate(session, all, Set.of(registration), before);
    }
    em.flush();
    for (Registration registration : all) {
      List<SessionPart> sessionParts = session.getParts();
      for (int i = 0; i < sessionParts.size(); i++) {
        boolean present = fully.contains(registration.getUsername()) || i == 0;
        em.persist(new Attendance(registration, sessionParts.get(i), present));
      }
    }
    return session;
  }

  /** The registration of a person for a session. */
  @Transactional
  public Registration registrationOf(Long sessionId, String username) {
    return em.createQuery(
            "select r from Registration r where r.session.id = :s and r.username = :u",
            Registration.class)
        .setParameter("s", sessionId)
        .setParameter("u", username)
        .getSingleResult();
  }

  /** Runs a query in a transaction of its own. */
  @Transactional
  public <T> T read(java.util.function.Function<EntityManager, T> query) {
    return query.apply(em);
  }

  /** Gives the session's trainer a portal account, so that the trainer sees the session. */
  @Transactional
  public void linkTrainer(Long sessionId, String username) {
    Trainer trainer = em.find(TrainingSession.class, sessionId).getTrainers().get(0);
    trainer.describe(trainer.getDisplayName(), trainer.getEmail(), username, true, true);
  }

  /**
   * Moves the session, with its registrations as they are, to yesterday from 9 to 16 o'clock (its
   * deadline two days before): held, ready for attendance and certificates. Its slots go, as the
   * past no longer needs them.
   */
  public void holdYesterday(Long sessionId) {
    self.holdOn(sessionId, LocalDate.now(clock).minusDays(1));
  }

  /** As {@link #holdYesterday}, on {@code day} (e.g. years back, for the retention). */
  @Transactional
  public void holdOn(Long sessionId, LocalDate day) {
    LocalDateTime start = day.atTime(9, 0);
    em.createNativeQuery(
            "delete from training_slot where part_id in"
                + " (select id from training_session_part where session_id = ?1)")
        .setParameter(1, sessionId)
        .executeUpdate();
    em.createNativeQuery(
            "update training_session_part set starts_at = ?1, ends_at = ?2 where session_id = ?3")
        .setParameter(1, start)
        .setParameter(2, start.withHour(16))
        .setParameter(3, sessionId)
        .executeUpdate();
    em.createNativeQuery(
            "update training_session set starts_at = ?1, ends_at = ?2, registration_deadline = ?3,"
                + " version = version + 1 where id = ?4")
        .setParameter(1, start)
        .setParameter(2, start.withHour(16))
        .setParameter(3, start.minusDays(2))
        .setParameter(4, sessionId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /**
   * Moves the session's single part (and its deadline) so that it starts {@code ahead} from now.
   */
  @Transactional
  public void startIn(Long sessionId, java.time.Duration ahead) {
    LocalDateTime start = LocalDateTime.now(clock).plus(ahead).withSecond(0).withNano(0);
    LocalDateTime end = start.plusHours(7);
    em.createNativeQuery(
            "update training_session_part set starts_at = ?1, ends_at = ?2 where session_id = ?3")
        .setParameter(1, start)
        .setParameter(2, end)
        .setParameter(3, sessionId)
        .executeUpdate();
    em.createNativeQuery(
            "update training_session set starts_at = ?1, ends_at = ?2, registration_deadline = ?3,"
                + " version = version + 1 where id = ?4")
        .setParameter(1, start)
        .setParameter(2, end)
        .setParameter(3, start.minusHours(1))
        .setParameter(4, sessionId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /** Lets the session's registration deadline lie an hour back; the start stays ahead. */
  @Transactional
  public void deadlinePassed(Long sessionId) {
    em.createNativeQuery(
            "update training_session set registration_deadline = ?1, version = version + 1"
                + " where id = ?2")
        .setParameter(1, LocalDateTime.now(clock).minusHours(1))
        .setParameter(2, sessionId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /** The registration as the database has it now. */
  @Transactional
  public Registration registration(Long id) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.find(Registration.class, id);
  }

  /** All registrations of a session as the database has them now, in arrival order. */
  @Transactional
  public List<Registration> registrationsOf(Long sessionId) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.createQuery(
            "select r from Registration r where r.session.id = :s order by r.arrival",
            Registration.class)
        .setParameter("s", sessionId)
        .getResultList();
  }
}
