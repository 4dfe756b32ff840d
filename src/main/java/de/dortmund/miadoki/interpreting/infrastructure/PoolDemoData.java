package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.Eligibility;
import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.GenderRequirement;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.interpreting.domain.MatchingPolicy;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Need;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.Payout;
import de.dortmund.miadoki.interpreting.domain.PoolRuleSet;
import de.dortmund.miadoki.interpreting.domain.PoolRules;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.domain.SkillLevel;
import de.dortmund.miadoki.interpreting.domain.TimeSlot;
import de.dortmund.miadoki.interpreting.domain.Vetting;
import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.rules.BankAccounts;
import de.dortmund.miadoki.platform.security.SecretTokens;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
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
import java.util.Random;
import java.util.logging.Logger;

/**
 * A living demo pool for the demo run (system property miadoki.demo=true): about 40 interpreters
 * over 25 languages, requests from several departments over the past and the coming weeks in the
 * states the pool knows. Deterministic (fixed seed); created once.
 */
@ApplicationScoped
public class PoolDemoData {

  private static final Logger LOG = Logger.getLogger(PoolDemoData.class.getName());
  private static final long SEED = 20261126L;

  private static final String[] LANGUAGES = {
    "ara", "kur", "tur", "ukr", "rus", "prs", "pes", "pus", "tir", "som", "rom", "bul", "ron",
    "pol", "sqi", "srp", "fra", "eng", "vie", "amh", "aze", "hin", "urd", "kat", "gsg"
  };
  private static final String[] FIRST_F = {
    "Amina", "Leyla", "Olena", "Nadia", "Fatma", "Mariam", "Zahra", "Irina", "Selam", "Ana", "Elif",
    "Hanna", "Samira", "Yasmin", "Daria", "Rahel", "Lina", "Aylin", "Marta", "Nour"
  };
  private static final String[] FIRST_M = {
    "Ahmad", "Hassan", "Mehmet", "Oleksandr", "Dawit", "Karim", "Farid", "Ivan", "Yusuf", "Bogdan",
    "Samir", "Tariq", "Emre", "Abdi", "Nikolai", "Omid", "Rami", "Mustafa", "Goran", "Luca"
  };
  private static final String[] LAST = {
    "Haddad", "Yilmaz", "Kovalenko", "Mohammadi", "Tesfaye", "Rahimi", "Petrov", "Demir", "Ali",
    "Nowak", "Popescu", "Hoxha", "Ivanova", "Nguyen", "Abdullahi", "Karimi", "Öztürk", "Shevchenko",
    "Berhane", "Kaya", "Shah", "Dimitrov", "Aziz", "Mahmoud", "Horvat", "Lefebvre", "Hussein",
    "Wolde", "Saleh", "Bakr"
  };

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CandidateQueries queries;
  @Inject AssignmentSlots slots;

  private final MatchingPolicy policy = MatchingPolicy.standard();

  @Transactional
  void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseReady ready) {
    if (!Settings.demo()) {
      return;
    }
    long existing =
        em.createQuery("select count(i) from Interpreter i", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    seed();
  }

  private void seed() {
    Random random = new Random(SEED);
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
    Map<String, Language> languages = new HashMap<>();
    for (String code : LANGUAGES) {
      languages.put(code, language(code));
    }
    List<Interpreter> pool = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      pool.add(interpreter(n, random, languages, today));
    }
    // the demo interpreter account: Dana, Arabic (Syrian) and Kurdish (Kurmanji), weekdays 8–18
    Interpreter dana =
        new Interpreter(
            "Dana",
            "Dolmetscherin",
            "dolmetscher@miadoki.local",
            District.INNENSTADT_NORD,
            25,
            Gender.FEMALE,
            Qualification.CERTIFIED,
            clock.instant());
    dana.changeProfile(
        District.INNENSTADT_NORD,
        25,
        Gender.FEMALE,
        Qualification.CERTIFIED,
        EnumSet.allOf(FieldOfWork.class),
        EnumSet.allOf(Mode.class));
    dana.replaceAvailability(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
            .map(d -> new AvailabilityWindow(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
            .toList());
    dana.recordVetting(new Vetting(today.minusYears(1), true, true, true));
    dana.changeStatus(InterpreterStatus.ACTIVE, today);
    dana.linkAccount("dolmetscher");
    dana.changePayDetails(
        new PayDetails(
            Engagement.VOLUNTEER,
            "Dana Dolmetscherin",
            BankAccounts.iban("DE", "440501990001234567"),
            null));
    pool.set(0, dana);
    dana.replaceLanguages(
        List.of(
            new LanguageSkill(
                languages.get("ara").getId(), variety("ara", "SYR"), SkillLevel.NATIVE),
            new LanguageSkill(
                languages.get("kur").getId(), variety("kur", "KMR"), SkillLevel.FLUENT)));
    pool.forEach(em::persist);
    // the city's paying account, so that payment runs can be tried at once
    em.persist(
        new PoolRuleSet(
            new PoolRules(
                PoolRules.standard().leadWorkingDays(),
                PoolRules.standard().minimumQualification(),
                PoolRules.standard().refusedKinds(),
                new Payout(
                    new BigDecimal("840.00"),
                    80,
                    "Stadt Dortmund",
                    BankAccounts.iban("DE", "440501990000000001"),
                    null)),
            0,
            "system",
            clock.instant(),
            "Demo: Zahlungskonto der Stadt"));
    em.flush();

    List<Department> departments =
        em.createNamedQuery(Department.ALL_ACTIVE, Department.class).getResultList().stream()
            .filter(d -> !d.getShortName().equals("MIA"))
            .toList();
    List<FundingSource> funding =
        em.createNamedQuery(FundingSource.ACTIVE, FundingSource.class).getResultList();
    Map<Long, List<TimeSlot>> busy = new HashMap<>();
    int created = 0;
    for (int day = -21; day <= 21; day++) {
      LocalDate date = today.plusDays(day);
      if (date.getDayOfWeek().getValue() > 5) {
        continue;
      }
      int perDay = 2 + random.nextInt(3);
      for (int k = 0; k < perDay; k++) {
        request(random, date, departments, funding, languages, pool, busy, today);
        created++;
      }
    }
    seriesOfferedTo(dana, departments, funding, languages.get("kur"), today);
    LOG.info(() -> "Demo pool: 40 interpreters, requests created");
    LOG.fine("requests: " + created);
  }

  private Interpreter interpreter(
      int n, Random random, Map<String, Language> languages, LocalDate today) {
    boolean female = n % 2 == 0;
    String first = (female ? FIRST_F : FIRST_M)[n % 20];
    String last = LAST[(n * 7) % LAST.length];
    District home = District.values()[random.nextInt(District.values().length)];
    Qualification qualification =
        n % 5 == 0
            ? Qualification.TRAINED_LAY
            : n % 11 == 0 ? Qualification.SWORN : Qualification.CERTIFIED;
    Interpreter i =
        new Interpreter(
            first,
            last,
            (first + "." + last).toLowerCase().replace("ö", "oe") + "@dolmetscher.example",
            home,
            8 + random.nextInt(15),
            female ? Gender.FEMALE : Gender.MALE,
            qualification,
            clock.instant());
    EnumSet<FieldOfWork> fields = EnumSet.noneOf(FieldOfWork.class);
    for (FieldOfWork f : FieldOfWork.values()) {
      if (random.nextInt(10) < 7) {
        fields.add(f);
      }
    }
    fields.add(FieldOfWork.SOCIAL_SERVICES);
    EnumSet<Mode> modes = EnumSet.of(Mode.ON_SITE);
    if (random.nextBoolean()) {
      modes.add(Mode.PHONE);
    }
    if (random.nextInt(3) == 0) {
      modes.add(Mode.VIDEO);
    }
    i.changeProfile(
        home,
        8 + random.nextInt(15),
        female ? Gender.FEMALE : Gender.MALE,
        qualification,
        fields,
        modes);
    String primary = LANGUAGES[n % LANGUAGES.length];
    List<LanguageSkill> skills = new ArrayList<>();
    skills.add(new LanguageSkill(languages.get(primary).getId(), null, SkillLevel.NATIVE));
    if (random.nextInt(3) == 0) {
      String second = LANGUAGES[random.nextInt(LANGUAGES.length)];
      if (!second.equals(primary)) {
        skills.add(new LanguageSkill(languages.get(second).getId(), null, SkillLevel.FLUENT));
      }
    }
    i.replaceLanguages(skills);
    List<AvailabilityWindow> windows = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      if (random.nextInt(5) < 4) {
        boolean morning = random.nextBoolean();
        windows.add(
            new AvailabilityWindow(
                day,
                morning ? LocalTime.of(8, 0) : LocalTime.of(12, 0),
                morning ? LocalTime.of(14, 0) : LocalTime.of(19, 0)));
      }
    }
    i.replaceAvailability(windows);
    // every fourth is fee-paid and known to the finance office by a creditor number; most
    // volunteers have entered their account, some not yet
    if (n % 4 == 1) {
      i.changePayDetails(
          new PayDetails(Engagement.FEE_PAID, null, null, String.valueOf(70100 + n)));
    } else if (n % 6 != 5) {
      i.changePayDetails(
          new PayDetails(
              Engagement.VOLUNTEER,
              BankAccounts.toSepaText(first + " " + last),
              BankAccounts.iban("DE", String.format("44050199%010d", 5000 + n)),
              null));
    }
    boolean vetted = n % 13 != 7;
    i.recordVetting(new Vetting(today.minusMonths(3 + random.nextInt(40)), true, true, vetted));
    i.changeStatus(
        n == 38
            ? InterpreterStatus.APPLICANT
            : n == 39 ? InterpreterStatus.PAUSED : InterpreterStatus.ACTIVE,
        today);
    return i;
  }

  private void request(
      Random random,
      LocalDate date,
      List<Department> departments,
      List<FundingSource> funding,
      Map<String, Language> languages,
      List<Interpreter> pool,
      Map<Long, List<TimeSlot>> busy,
      LocalDate today) {
    String code = LANGUAGES[random.nextInt(12)];
    Language language = languages.get(code);
    LocalDateTime start = date.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
    Duration length = Duration.ofMinutes(60 + 30L * random.nextInt(4));
    Mode mode = random.nextInt(5) == 0 ? Mode.PHONE : Mode.ON_SITE;
    District district = District.values()[random.nextInt(District.values().length)];
    AppointmentKind kind =
        AppointmentKind.values()[
            random.nextInt(7)]; // the pool's own kinds, none with legal consequences
    FieldOfWork field =
        switch (kind) {
          case PARENT_TEACHER_MEETING -> FieldOfWork.EDUCATION;
          case MEDICAL_CONSULTATION -> FieldOfWork.HEALTH;
          case HOME_VISIT, CASE_CONFERENCE -> FieldOfWork.YOUTH_WELFARE;
          default -> FieldOfWork.SOCIAL_SERVICES;
        };
    Department department = departments.get(random.nextInt(departments.size()));
    InterpreterRequest.Details details =
        new InterpreterRequest.Details(
            language,
            null,
            start,
            length,
            null,
            mode,
            mode == Mode.ON_SITE ? "Demostraße " + (1 + random.nextInt(120)) + ", Dortmund" : null,
            mode == Mode.ON_SITE ? district : null,
            null,
            null,
            kind,
            field,
            null,
            department.getShortName() + "-" + (1000 + random.nextInt(60)),
            null,
            GenderRequirement.NONE,
            null,
            false,
            null,
            funding.get(random.nextInt(funding.size())),
            null);
    InterpreterRequest request =
        new InterpreterRequest(department, "anfrage", details, clock.instant());
    em.persist(request);

    boolean past = date.isBefore(today);
    int roll = random.nextInt(10);
    if (roll == 0) {
      request.moveTo(RequestStatus.CANCELLED, "anfrage", clock.instant(), "Termin entfällt");
      return;
    }
    if (roll <= (past ? 8 : 5)) {
      Interpreter chosen = firstFree(pool, language, request.slot(), busy);
      if (chosen == null) {
        if (past) {
          request.moveTo(RequestStatus.UNFILLED, "koordination", clock.instant(), null);
        }
        return;
      }
      busy.computeIfAbsent(chosen.getId(), k -> new ArrayList<>()).add(request.slot());
      Assignment assignment = new Assignment(request, chosen, "koordination", clock.instant());
      em.persist(assignment);
      em.flush();
      slots.occupy(assignment);
      request.moveTo(RequestStatus.ASSIGNED, "koordination", clock.instant(), null);
      if (past) {
        closeOut(random, request, assignment, chosen);
      }
      return;
    }
    if (!past && roll <= 7) {
      em.flush();
      offer(request, firstEligible(pool, language, request));
    }
  }

  /**
   * A held appointment as the pool would have closed it out: mostly reported and confirmed (DONE),
   * some reported and waiting for the requester, a few not reported yet.
   */
  private void closeOut(
      Random random, InterpreterRequest request, Assignment assignment, Interpreter interpreter) {
    int roll = random.nextInt(10);
    if (roll == 0) {
      return;
    }
    String by = interpreter.getUsername() != null ? interpreter.getUsername() : "koordination";
    LocalDateTime start = assignment.getStartsAt().plusMinutes(random.nextInt(3) * 5L);
    LocalDateTime end = assignment.getEndsAt().plusMinutes(random.nextInt(4) * 15L);
    assignment.report(start, end, 3 + random.nextInt(20), by, clock.instant());
    if (roll >= 3) {
      assignment.confirm("anfrage", clock.instant());
      request.moveTo(RequestStatus.DONE, "anfrage", clock.instant(), null);
    }
  }

  /** The first speaker of the language whom the matching rules let take the request. */
  private Interpreter firstEligible(
      List<Interpreter> pool, Language language, InterpreterRequest request) {
    Need need = queries.needOf(request);
    for (Interpreter i : pool) {
      boolean speaks =
          i.getLanguages().stream().anyMatch(s -> s.getLanguageId() == language.getId());
      if (speaks && Eligibility.exclusions(queries.candidate(i, request), need, policy).isEmpty()) {
        return i;
      }
    }
    return null;
  }

  /**
   * Four weekly parent-teacher meetings in Kurmanji for the Jugendamt, offered to the demo
   * interpreter as one series: "Meine Einsätze" shows the dates, accepting books those that fit.
   */
  private void seriesOfferedTo(
      Interpreter dana,
      List<Department> departments,
      List<FundingSource> funding,
      Language kurdish,
      LocalDate today) {
    Department youth =
        departments.stream()
            .filter(d -> d.getShortName().equals("JUG"))
            .findFirst()
            .orElse(departments.get(0));
    LocalDateTime first =
        today
            .plusWeeks(1)
            .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.THURSDAY))
            .atTime(14, 0);
    List<InterpreterRequest> series = new ArrayList<>();
    for (int week = 0; week < 4; week++) {
      InterpreterRequest.Details details =
          new InterpreterRequest.Details(
              kurdish,
              null,
              first.plusWeeks(week),
              Duration.ofMinutes(60),
              null,
              Mode.ON_SITE,
              "Demostraße 7, Dortmund",
              District.EVING,
              "Sekretariat, 1. Stock",
              null,
              AppointmentKind.PARENT_TEACHER_MEETING,
              FieldOfWork.EDUCATION,
              "Förderplan",
              "JUG-2026-0815",
              null,
              GenderRequirement.NONE,
              null,
              false,
              null,
              funding.get(0),
              null);
      InterpreterRequest request =
          new InterpreterRequest(youth, "anfrage", details, clock.instant());
      em.persist(request);
      series.add(request);
    }
    em.flush();
    for (int i = 0; i < series.size(); i++) {
      series.get(i).belongToSeries(series.get(0).getId(), i + 1);
    }
    Instant now = clock.instant();
    Offer offer =
        new Offer(series.get(0), dana, 1, now, now.plus(Duration.ofDays(2)), "koordination")
            .coveringFollowing();
    offer.release(now, SecretTokens.hash(SecretTokens.newToken()));
    em.persist(offer);
    series.get(0).moveTo(RequestStatus.OFFERED, "koordination", now, null);
  }

  /** An open offer, as if sent by the coordinators; it can be answered in the portal. */
  private void offer(InterpreterRequest request, Interpreter to) {
    if (to == null) {
      return;
    }
    Instant now = clock.instant();
    Instant start = request.getStartsAt().atZone(ClockProducer.ZONE).toInstant();
    Instant expiry = now.plus(Duration.ofDays(2));
    if (expiry.isAfter(start.minus(Duration.ofHours(1)))) {
      expiry = start.minus(Duration.ofHours(1));
    }
    if (!expiry.isAfter(now)) {
      return;
    }
    Offer offer = new Offer(request, to, 1, now, expiry, "koordination");
    offer.release(now, SecretTokens.hash(SecretTokens.newToken()));
    em.persist(offer);
    request.moveTo(RequestStatus.OFFERED, "koordination", now, null);
  }

  private static Interpreter firstFree(
      List<Interpreter> pool, Language language, TimeSlot slot, Map<Long, List<TimeSlot>> busy) {
    for (Interpreter i : pool) {
      boolean speaks =
          i.getLanguages().stream().anyMatch(s -> s.getLanguageId() == language.getId());
      boolean free =
          busy.getOrDefault(i.getId(), List.of()).stream()
              .noneMatch(b -> b.widenedBy(Duration.ofMinutes(30)).overlaps(slot));
      if (speaks && free && i.getStatus() == InterpreterStatus.ACTIVE) {
        return i;
      }
    }
    return null;
  }

  private Language language(String code) {
    return em.createQuery("select l from Language l where l.code = :code", Language.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private Long variety(String language, String code) {
    return em.createQuery(
            "select v from LanguageVariety v where v.language.code = :language and v.code = :code",
            LanguageVariety.class)
        .setParameter("language", language)
        .setParameter("code", code)
        .getSingleResult()
        .getId();
  }
}
