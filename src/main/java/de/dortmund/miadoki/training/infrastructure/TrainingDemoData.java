package de.dortmund.miadoki.training.infrastructure;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.persistence.Sequences;
import de.dortmund.miadoki.platform.security.PasswordHasher;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.SecretTokens;
import de.dortmund.miadoki.training.domain.Attendance;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.CourseData;
import de.dortmund.miadoki.training.domain.FeedbackAnswer;
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
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data of the trainings, created once with {@code miadoki.demo=true}: rooms, trainers, eight
 * courses, sessions in every state from held (with attendance and certificates) to planned, with
 * registrations, waiting lists, a place offered to the demo staff member and a session below its
 * minimum, so that every screen shows something at first start. The supervisor "leitung" leads the
 * Sozialamt and stands in for the head of the Jugendamt.
 */
@ApplicationScoped
public class TrainingDemoData {

  private static final Logger LOG = Logger.getLogger(TrainingDemoData.class.getName());

  /** People of the city's staff who register; they have no password (demo only). */
  private static final String[][] STAFF = {
    {"ayse.demir", "Ayşe Demir", "SOZ"},
    {"rojda.aslan", "Rojda Aslan", "SOZ"},
    {"tran.thi.mai", "Trần Thị Mai", "SOZ"},
    {"karim.haddad", "كريم حداد (Karim Haddad)", "JUG"},
    {"fatma.yilmaz", "Fatma Yılmaz", "JUG"},
    {"oksana.shevchenko", "Оксана Шевченко", "JUG"},
    {"nguyen.van.an", "Nguyễn Văn An", "GES"},
    {"jonas.becker", "Jonas Becker", "GES"},
    {"yusuf.ozturk", "Yusuf Öztürk", "SCH"},
    {"serhiy.bondarenko", "Serhiy Bondarenko", "SCH"},
    {"hevi.demirtas", "Hêvî Demirtaş", "JOB"},
    {"leyla.karimi", "Leyla Karimi", "JOB"}
  };

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Sequences sequences;
  @Inject TrainingSlots slots;
  @Inject PasswordHasher hasher;

  private final Map<String, PortalUser> people = new HashMap<>();

  @Transactional
  void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DatabaseReady ready) {
    if (!Settings.demo()) {
      return;
    }
    long existing = em.createQuery("select count(c) from Course c", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    seed();
  }

  private void seed() {
    people.clear();
    String unusable = hasher.hash(SecretTokens.newToken());
    for (String[] s : STAFF) {
      PortalUser user = account(s[0]);
      if (user == null) {
        user =
            new PortalUser(
                s[0],
                s[1],
                s[0] + "@staff.miadoki.example",
                unusable,
                department(s[2]),
                EnumSet.of(Role.STAFF),
                clock.instant());
        em.persist(user);
      }
      people.put(s[0], user);
    }
    for (String demo : List.of("mitarbeiter", "leitung", "anfrage")) {
      PortalUser user = account(demo);
      if (user != null) {
        people.put(demo, user);
      }
    }
    department("SOZ").appointSupervisor("leitung", false);
    department("JUG").appointSupervisor("leitung", true);

    Room suedwall = persist(new Room("Südwall 2–4, Raum 2.14", 16, true));
    Room ratssaal = persist(new Room("Friedensplatz 1, Saal Westfalen", 24, true));
    Room kampstrasse = persist(new Room("Kampstraße 45, Schulungsraum 3", 12, false));
    Trainer trang =
        persist(new Trainer("Nguyễn Thu Trang", "trainerin@miadoki.local", "trainerin", true));
    Trainer hasan = persist(new Trainer("Hasan Çelik", "hasan.celik@miadoki.local", null, false));
    Trainer miriam =
        persist(new Trainer("Dr. Miriam Schulte", "m.schulte@example.org", null, true));

    Course competence =
        course(
            "Interkulturelle Kompetenz im Bürgerservice",
            Topic.INTERCULTURAL_COMPETENCE,
            2,
            false,
            true,
            "Wie Herkunft, Sprache und Erfahrungen Gespräche am Schalter prägen – und wie Beschäftigte Missverständnisse früh erkennen und auflösen.",
            "Beschäftigte mit Publikumsverkehr");
    Course antidiscrimination =
        course(
            "Antidiskriminierung im Verwaltungshandeln",
            Topic.ANTI_DISCRIMINATION,
            1,
            true,
            true,
            "Rechtliche Grundlagen (AGG, LADG-Diskussion), Fallbeispiele aus Dortmunder Dienststellen und Handlungsmöglichkeiten.",
            "Führungskräfte und Sachbearbeitung");
    Course communication =
        course(
            "Diversitätssensible Kommunikation",
            Topic.DIVERSITY_COMMUNICATION,
            1,
            false,
            true,
            "Sprache, Bilder und Formulare so gestalten, dass sie alle erreichen.",
            "alle Beschäftigten");
    Course interpreters =
        course(
            "Arbeiten mit Dolmetschenden im Beratungsgespräch",
            Topic.INTERPRETERS,
            1,
            false,
            false,
            "Gespräche mit Sprachmittlung vorbereiten, führen und nachbereiten; Rollen, Schweigepflicht und der Dolmetscherpool der Stadt.",
            "Beratende in Jugendamt, Sozialamt, Gesundheitsamt und Schulen");
    Course religion =
        course(
            "Religion und Kultur: Islam im Alltag der Verwaltung",
            Topic.RELIGION_CULTURE,
            1,
            false,
            true,
            "Feiertage, Fastenzeit, Kleidung und Bestattung: was Beschäftigte wissen sollten.",
            "alle Beschäftigten");
    Course law =
        course(
            "Aufenthaltsrecht für die Praxis",
            Topic.MIGRATION_LAW,
            2,
            false,
            true,
            "Aufenthaltstitel lesen, Zuständigkeiten klären, an die richtige Stelle verweisen.",
            "Sachbearbeitung in Sozialamt und Jobcenter");
    Course racism =
        course(
            "Rassismuskritische Perspektiven in der Jugendhilfe",
            Topic.ANTI_DISCRIMINATION,
            2,
            true,
            true,
            "Eigene Bilder reflektieren, Schutzkonzepte weiterentwickeln.",
            "Fachkräfte der Jugendhilfe");
    course(
        "Leichte Sprache und mehrsprachige Information",
        Topic.DIVERSITY_COMMUNICATION,
        1,
        false,
        true,
        "Bescheide und Aushänge verständlich schreiben; mehrsprachige Angebote planen.",
        "Sachbearbeitung und Öffentlichkeitsarbeit");

    LocalDate today = LocalDate.now(clock);
    // held six weeks ago: two days, attendance ticked, certificates issued (one partial)
    TrainingSession held =
        session(
            competence,
            suedwall,
            List.of(trang),
            today.minusDays(42),
            2,
            12,
            6,
            WaitingListPolicy.AUTOMATIC,
            true);
    List<Registration> heldPeople =
        register(
            held,
            true,
            "ayse.demir",
            "rojda.aslan",
            "karim.haddad",
            "fatma.yilmaz",
            "nguyen.van.an",
            "jonas.becker",
            "yusuf.ozturk",
            "mitarbeiter");
    attend(held, heldPeople, "jonas.becker");
    certify(held, heldPeople);
    // held ten days ago: attendance ticked, certificates not yet issued
    TrainingSession recent =
        session(
            interpreters,
            ratssaal,
            List.of(hasan),
            today.minusDays(10),
            1,
            20,
            5,
            WaitingListPolicy.AUTOMATIC,
            false);
    attend(
        recent,
        register(
            recent,
            true,
            "tran.thi.mai",
            "oksana.shevchenko",
            "serhiy.bondarenko",
            "hevi.demirtas",
            "leyla.karimi",
            "anfrage"),
        null);
    // running: yesterday and tomorrow
    TrainingSession running =
        session(
            law,
            kampstrasse,
            List.of(miriam),
            List.of(part(today.minusDays(1), 9, 16), part(today.plusDays(1), 9, 16)),
            12,
            4,
            WaitingListPolicy.MANUAL,
            true);
    register(running, true, "ayse.demir", "leyla.karimi", "hevi.demirtas", "serhiy.bondarenko");
    // open with places; two wait for the supervisor's approval
    TrainingSession open =
        session(
            antidiscrimination,
            ratssaal,
            List.of(miriam, hasan),
            today.plusDays(21),
            1,
            16,
            6,
            WaitingListPolicy.AUTOMATIC,
            true);
    register(open, true, "karim.haddad", "jonas.becker", "nguyen.van.an");
    register(open, false, "rojda.aslan", "tran.thi.mai");
    // full, waiting list with claim window: a place is offered to the demo staff member
    TrainingSession full =
        session(
            religion,
            kampstrasse,
            List.of(hasan),
            today.plusDays(30),
            1,
            3,
            2,
            WaitingListPolicy.CLAIM,
            false);
    List<Registration> fullPeople =
        register(
            full,
            true,
            "fatma.yilmaz",
            "oksana.shevchenko",
            "yusuf.ozturk",
            "mitarbeiter",
            "leyla.karimi");
    fullPeople.get(0).cancel(clock.instant(), false);
    allocate(full, fullPeople);
    // deadline passed with too few bookings
    TrainingSession thin =
        session(
            racism,
            suedwall,
            List.of(trang),
            today.plusDays(4),
            2,
            14,
            8,
            WaitingListPolicy.AUTOMATIC,
            true);
    register(thin, true, "fatma.yilmaz", "karim.haddad");
    // online, open, without approval
    TrainingSession online =
        session(
            communication,
            null,
            List.of(trang),
            today.plusDays(25),
            1,
            30,
            5,
            WaitingListPolicy.AUTOMATIC,
            false);
    register(online, true, "serhiy.bondarenko", "nguyen.van.an", "ayse.demir");
    // planned, not yet open; and one cancelled
    session(
        competence,
        suedwall,
        List.of(trang),
        today.plusDays(60),
        2,
        12,
        6,
        WaitingListPolicy.CLAIM,
        true);
    TrainingSession cancelled =
        session(
            interpreters,
            ratssaal,
            List.of(hasan),
            today.plusDays(14),
            1,
            20,
            5,
            WaitingListPolicy.AUTOMATIC,
            false);
    register(cancelled, true, "tran.thi.mai", "jonas.becker");
    cancelled.cancel(LocalDateTime.now(clock));
    slots.free(cancelled);
    // a session of last year, so that the statistics show progress
    TrainingSession lastYear =
        session(
            communication,
            ratssaal,
            List.of(trang),
            today.minusDays(400),
            1,
            20,
            5,
            WaitingListPolicy.AUTOMATIC,
            false);
    List<Registration> lastYearPeople =
        register(
            lastYear, true, "oksana.shevchenko", "hevi.demirtas", "karim.haddad", "tran.thi.mai");
    attend(lastYear, lastYearPeople, null);
    certify(lastYear, lastYearPeople);
    feedback(held, heldPeople.subList(0, 5));
    headcounts(today.getYear());
    LOG.info("Demo data: trainings created");
  }

  private Course course(
      String title,
      Topic topic,
      int days,
      boolean reason,
      boolean approval,
      String description,
      String targetGroup) {
    return persist(
        new Course(
            new CourseData(
                title,
                description,
                topic,
                targetGroup,
                days * 420,
                6,
                16,
                reason,
                approval,
                true)));
  }

  /**
   * A session of {@code days} parts from 9 to 16 on consecutive days, opened before its deadline.
   */
  private TrainingSession session(
      Course course,
      Room room,
      List<Trainer> trainers,
      LocalDate first,
      int days,
      int capacity,
      int minimum,
      WaitingListPolicy policy,
      boolean approval) {
    List<PartTime> parts = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      parts.add(part(first.plusDays(d), 9, 16));
    }
    return session(course, room, trainers, parts, capacity, minimum, policy, approval);
  }

  private TrainingSession session(
      Course course,
      Room room,
      List<Trainer> trainers,
      List<PartTime> parts,
      int capacity,
      int minimum,
      WaitingListPolicy policy,
      boolean approval) {
    LocalDate first = parts.get(0).startsAt().toLocalDate();
    LocalDateTime deadline = first.minusDays(7).atTime(LocalTime.NOON);
    TrainingSession session =
        new TrainingSession(
            course,
            new SessionPlan(
                room,
                room == null
                    ? "https://meet.dortmund.example/fortbildung-"
                        + course.getTopic().name().toLowerCase()
                    : null,
                trainers,
                parts,
                capacity,
                Math.min(minimum, capacity),
                deadline,
                policy,
                48,
                approval));
    em.persist(session);
    em.flush();
    slots.occupy(session);
    if (first.isBefore(LocalDate.now(clock).plusDays(50))) {
      session.open(deadline.minusDays(21));
    }
    return session;
  }

  private static PartTime part(LocalDate day, int from, int to) {
    return new PartTime(day.atTime(from, 0), day.atTime(to, 0));
  }

  /** Registrations in the given order, at a time before the deadline, with places handed out. */
  private List<Registration> register(
      TrainingSession session, boolean approved, String... usernames) {
    // ten days before the deadline, or two days ago if that is still to come
    Instant tenDaysBefore =
        session.getRegistrationDeadline().minusDays(10).atZone(clock.getZone()).toInstant();
    Instant twoDaysAgo = clock.instant().minus(Duration.ofDays(2));
    Clock then =
        Clock.fixed(
            tenDaysBefore.isBefore(twoDaysAgo) ? tenDaysBefore : twoDaysAgo, clock.getZone());
    List<Registration> all =
        new ArrayList<>(
            em.createQuery("select r from Registration r where r.session = :s", Registration.class)
                .setParameter("s", session)
                .getResultList());
    List<Registration> created = new ArrayList<>();
    for (String username : usernames) {
      PortalUser person = people.get(username);
      Registration r =
          new Registration(
              session,
              new Registration.Person(username, person.getDisplayName(), person.getDepartment()),
              sequences.next("training_registration_seq"),
              session.getCourse().isReasonRequired()
                  ? "Ich berate viele Familien mit Fluchtgeschichte."
                  : null,
              approved ? "leitung" : username,
              approved,
              then.instant());
      em.persist(r);
      all.add(r);
      created.add(r);
      WaitingList.allocate(session, all, Set.of(r), then);
    }
    em.flush();
    return created;
  }

  private void allocate(TrainingSession session, List<Registration> registrations) {
    WaitingList.allocate(session, registrations, Set.of(), clock);
  }

  /** Everyone confirmed was there for every part, except {@code partly} for the last part. */
  private void attend(TrainingSession session, List<Registration> registrations, String partly) {
    List<SessionPart> parts = session.getParts();
    for (Registration r : registrations) {
      for (int i = 0; i < parts.size(); i++) {
        boolean present = !(r.getUsername().equals(partly) && i == parts.size() - 1);
        em.persist(new Attendance(r, parts.get(i), present));
      }
    }
  }

  private void certify(TrainingSession session, List<Registration> registrations) {
    for (Registration r : registrations) {
      boolean partial = r.getUsername().equals("jonas.becker");
      em.persist(new Certificate(r, Certificate.newCode(), partial, clock.instant()));
    }
  }

  /** Anonymous answers of the first people of a held session, and the marks that they answered. */
  private void feedback(TrainingSession session, List<Registration> answering) {
    String[] texts = {
      "Sehr praxisnah, die Fallbeispiele aus dem Bürgerbüro haben geholfen.",
      "Mehr Zeit für Rollenspiele wäre gut.",
      null,
      "Der Raum war zu warm, sonst prima.",
      "Gerne eine Fortsetzung zum Thema Dolmetschen."
    };
    int[][] ratings = {{5, 5, 4, 5}, {4, 5, 3, 4}, {4, 4, 4, 4}, {5, 4, 2, 5}, {3, 4, 4, 4}};
    for (int i = 0; i < answering.size(); i++) {
      em.createNativeQuery("insert into training_feedback_given (registration_id) values (?1)")
          .setParameter(1, answering.get(i).getId())
          .executeUpdate();
      int[] r = ratings[i % ratings.length];
      em.persist(
          new FeedbackAnswer(
              session,
              session.getEndsAt().toLocalDate().plusDays(1 + i % 3),
              List.of(r[0], r[1], r[2], r[3]),
              texts[i % texts.length]));
    }
  }

  /** Headcounts of the demo departments this year and the three before. */
  private void headcounts(int year) {
    int[] base = {85, 640, 410, 520, 230, 900};
    String[] departments = {"MIA", "JUG", "SOZ", "GES", "SCH", "JOB"};
    for (int y = year - 3; y <= year; y++) {
      for (int d = 0; d < departments.length; d++) {
        em.createNativeQuery(
                "insert into department_headcount (department_id, census_year, headcount)"
                    + " values (?1, ?2, ?3)")
            .setParameter(1, department(departments[d]).getId())
            .setParameter(2, y)
            .setParameter(3, base[d] + (y - year) * 5)
            .executeUpdate();
      }
    }
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  private PortalUser account(String username) {
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Department department(String shortName) {
    return em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
        .setParameter("shortName", shortName)
        .getSingleResult();
  }
}
