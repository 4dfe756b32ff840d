package de.dortmund.miadoki.bench;

import de.dortmund.miadoki.interpreting.domain.Compensation;
import de.dortmund.miadoki.interpreting.domain.ClientReferences;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Outcome;
import de.dortmund.miadoki.interpreting.domain.Rates;
import de.dortmund.miadoki.platform.persistence.DatabaseMigration;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills a PostgreSQL database, through the portal's own migrations and schema, with a pool of a
 * chosen size: departments, requester and coordinator accounts, interpreters with languages and
 * availability, requests over the years with status history, offers, assignments without overlaps,
 * close-outs and monthly statements. Deterministic for a seed; batch inserts.
 *
 * <p>Usage: {@code Generate <jdbc-url> <user> <password> <years> [seed]}; 1 year = 300
 * interpreters, 50,000 requests, one award edition with 200 nominations; 10 years = 3,000
 * interpreters, 500,000 requests, ten editions with 2,000 nominations.
 */
public final class Generate {

  static final String PASSWORD = "Bench-Passwort-2026";
  static final int COORDINATORS = 40;
  static final int REQUESTERS = 2000;
  static final int DEPARTMENTS = 200;
  static final int BATCH = 2000;
  /** An account: id, user name, name, mail, password hash, department, created. */
  private static final String USER =
      "insert into portal_user (id, version, username, display_name, email, password_hash,"
          + " active, locale, department_id, failed_logins, created_at)"
          + " values (?, 0, ?, ?, ?, ?, true, 'de', ?, 0, ?)";

  private static final String USER_ROLE =
      "insert into portal_user_role (user_id, role) values (?, ?)";
  private static final OffsetDateTime CREATED = OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final Connection db;
  private final Random random;
  private final int years;
  private long nextId = 20_000_000L;
  private final List<Long> languages = new ArrayList<>();
  private final List<Long> funding = new ArrayList<>();
  private final List<long[]> departments = new ArrayList<>();
  private final Map<Long, List<Integer>> speakers = new HashMap<>();
  private long[] interpreterIds;
  private LocalDateTime[] busyUntil;

  private Generate(Connection db, int years, long seed) {
    this.db = db;
    this.years = years;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("Usage: Generate <jdbc-url> <user> <password> <years> [seed]");
      System.exit(2);
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(args[0] + (args[0].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    source.setUser(args[1]);
    source.setPassword(args[2]);
    int years = Integer.parseInt(args[3]);
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261126L;
    long started = System.nanoTime();
    DatabaseMigration.migrate(source);
    try (Connection db = source.getConnection()) {
      db.setAutoCommit(false);
      new Generate(db, years, seed).run();
    }
    System.out.printf("done in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
  }

  private void run() throws SQLException {
    readMasterData();
    progress("departments and accounts");
    departmentsAndAccounts();
    progress("interpreters");
    interpreters(300 * years);
    progress("requests");
    requests(50_000 * years);
    progress("trainings");
    trainings(1_000 * years, 10_000 * years);
    progress("awards");
    awards(200);
    try (Statement s = db.createStatement()) {
      s.execute("select setval('entity_seq', " + (nextId + 1000) + ")");
      db.commit();
      progress("analyze");
      db.setAutoCommit(true);
      s.execute("analyze");
    }
  }

  private void readMasterData() throws SQLException {
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("select id from language order by id")) {
        while (r.next()) {
          languages.add(r.getLong(1));
        }
      }
      try (ResultSet r = s.executeQuery("select id from funding_source order by id")) {
        while (r.next()) {
          funding.add(r.getLong(1));
        }
      }
      try (ResultSet r = s.executeQuery("select count(*) from interpreter_request")) {
        r.next();
        if (r.getLong(1) > 1000) {
          throw new IllegalStateException("The database holds data already; use an empty one");
        }
      }
    }
  }

  private void departmentsAndAccounts() throws SQLException {
    String hash = pbkdf2(PASSWORD);
    try (PreparedStatement dept =
            db.prepareStatement(
                "insert into department (id, version, name, short_name, cost_centre, active)"
                    + " values (?, 0, ?, ?, ?, true)");
        PreparedStatement user = db.prepareStatement(USER);
        PreparedStatement role =
            db.prepareStatement(USER_ROLE)) {
      for (int d = 0; d < DEPARTMENTS; d++) {
        long id = nextId++;
        dept.setLong(1, id);
        dept.setString(2, "Dienststelle " + (d + 1));
        dept.setString(3, String.format("B%03d", d + 1));
        dept.setString(4, String.format("KST-%05d", 40000 + d));
        dept.addBatch();
        departments.add(new long[] {id});
      }
      dept.executeBatch();
      for (int u = 0; u < REQUESTERS + COORDINATORS; u++) {
        boolean coordinator = u >= REQUESTERS;
        String name =
            coordinator
                ? "bench-koord-" + (u - REQUESTERS + 1)
                : "bench-anfrage-" + (u + 1);
        long id = nextId++;
        user.setLong(1, id);
        user.setString(2, name);
        user.setString(3, name);
        user.setString(4, name + "@bench.example");
        user.setString(5, hash);
        if (coordinator) {
          user.setNull(6, java.sql.Types.BIGINT);
        } else {
          user.setLong(6, departments.get(u % DEPARTMENTS)[0]);
        }
        user.setObject(7, CREATED);
        user.addBatch();
        role.setLong(1, id);
        role.setString(2, coordinator ? "COORDINATOR" : "REQUESTER");
        role.addBatch();
      }
      user.executeBatch();
      role.executeBatch();
      db.commit();
    }
  }

  private void interpreters(int count) throws SQLException {
    interpreterIds = new long[count];
    busyUntil = new LocalDateTime[count];
    District[] districts = District.values();
    try (PreparedStatement person =
            db.prepareStatement(
                "insert into interpreter (id, version, first_name, last_name, email, home_district,"
                    + " max_travel_km, gender, qualification, status, good_conduct_date,"
                    + " confidentiality_signed, data_secrecy_signed, induction_done, created_at)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, true, true, true, ?)");
        PreparedStatement field =
            db.prepareStatement(
                "insert into interpreter_field (interpreter_id, field) values (?, ?)");
        PreparedStatement mode =
            db.prepareStatement("insert into interpreter_mode (interpreter_id, mode) values (?, ?)");
        PreparedStatement skill =
            db.prepareStatement(
                "insert into interpreter_language (id, version, interpreter_id, language_id, level)"
                    + " values (?, 0, ?, ?, 'NATIVE')");
        PreparedStatement window =
            db.prepareStatement(
                "insert into interpreter_availability (id, version, interpreter_id, day_of_week,"
                    + " start_time, end_time) values (?, 0, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        long id = nextId++;
        interpreterIds[i] = id;
        busyUntil[i] = LocalDateTime.MIN;
        person.setLong(1, id);
        person.setString(2, "Bench");
        person.setString(3, "Dolmetscher " + (i + 1));
        person.setString(4, "bench-dolmetscher-" + (i + 1) + "@bench.example");
        person.setString(5, districts[random.nextInt(districts.length)].name());
        person.setInt(6, 30);
        person.setString(7, random.nextBoolean() ? "FEMALE" : "MALE");
        person.setString(8, "CERTIFIED");
        person.setObject(9, LocalDate.now().minusMonths(6));
        person.setObject(10, CREATED);
        person.addBatch();
        for (String f :
            new String[] {"EDUCATION", "HEALTH", "SOCIAL_SERVICES", "YOUTH_WELFARE", "EMPLOYMENT"}) {
          field.setLong(1, id);
          field.setString(2, f);
          field.addBatch();
        }
        for (String m : new String[] {"ON_SITE", "PHONE", "VIDEO"}) {
          mode.setLong(1, id);
          mode.setString(2, m);
          mode.addBatch();
        }
        int spoken = 1 + random.nextInt(2);
        for (int k = 0; k < spoken; k++) {
          long language = languages.get((i + k * 7) % languages.size());
          speakers.computeIfAbsent(language, l -> new ArrayList<>()).add(i);
          skill.setLong(1, nextId++);
          skill.setLong(2, id);
          skill.setLong(3, language);
          skill.addBatch();
        }
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
          window.setLong(1, nextId++);
          window.setLong(2, id);
          window.setString(3, day.name());
          window.setObject(4, java.time.LocalTime.of(7, 0));
          window.setObject(5, java.time.LocalTime.of(19, 0));
          window.addBatch();
        }
      }
      person.executeBatch();
      field.executeBatch();
      mode.executeBatch();
      skill.executeBatch();
      window.executeBatch();
      db.commit();
    }
  }

  /** Requests in order of their start, so that each interpreter's appointments never overlap. */
  private void requests(int count) throws SQLException {
    LocalDate first = LocalDate.now().minusYears(years);
    LocalDate last = LocalDate.now().plusWeeks(4);
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last);
    Rates rates = Rates.standard();
    Map<String, List<Object[]>> statementLines = new HashMap<>();
    LocalDateTime now = LocalDateTime.now();
    long weekdays = 0;
    for (long d = 0; d < days; d++) {
      if (first.plusDays(d).getDayOfWeek().getValue() <= 5) {
        weekdays++;
      }
    }
    // spread evenly over the weekdays, so that the last weeks (still open) get theirs too
    double perDay = (double) count / weekdays;
    double owed = 0;
    try (Batch request =
            new Batch(
                db,
                "insert into interpreter_request (id, version, department_id, requester,"
                    + " language_id, starts_at, ends_at, mode, address, district, kind, field,"
                    + " client_reference, client_key, gender_requirement, urgent,"
                    + " funding_source_id, status, created_at) values (?, 0, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, 'COUNSELLING', 'SOCIAL_SERVICES', ?, ?, 'NONE', false, ?, ?, ?)");
        Batch history =
            new Batch(
                db,
                "insert into request_status_change (id, request_id, from_status, to_status, actor,"
                    + " changed_at) values (?, ?, ?, ?, ?, ?)",
                request);
        Batch assignment =
            new Batch(
                db,
                "insert into assignment (id, version, request_id, interpreter_id, starts_at,"
                    + " ends_at, active, created_by, created_at, outcome, close_state,"
                    + " actual_start, actual_end, travel_km, reported_by, reported_at,"
                    + " confirmed_by, confirmed_at, paid, pay_pending, reminded, overdue_notices,"
                    + " booked_minutes, actual_minutes, lead_minutes)"
                    + " values (?, 0, ?, ?, ?, ?, true, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " false, true, 0, ?, ?, ?)",
                request);
        Batch offer =
            new Batch(
                db,
                "insert into offer (id, version, request_id, interpreter_id, tier, status,"
                    + " release_at, expires_at, sent_at, answered_at, created_by)"
                    + " values (?, 0, ?, ?, 1, ?, ?, ?, ?, ?, 'bench')",
                request);
        Batch slot =
            new Batch(
                db,
                "insert into assignment_slot (interpreter_id, slot_start, assignment_id)"
                    + " values (?, ?, ?)",
                assignment)) {
      int made = 0;
      for (long d = 0; d < days && made < count; d++) {
        LocalDate date = first.plusDays(d);
        if (date.getDayOfWeek().getValue() > 5) {
          continue;
        }
        owed += perDay;
        int today = Math.min(count - made, (int) owed);
        owed -= today;
        List<LocalDateTime> starts = new ArrayList<>();
        for (int k = 0; k < today; k++) {
          starts.add(date.atTime(8 + random.nextInt(9), random.nextInt(4) * 15));
        }
        starts.sort(null);
        for (LocalDateTime start : starts) {
          made++;
          long id = nextId++;
          int minutes = 60 + 30 * random.nextInt(4);
          LocalDateTime end = start.plusMinutes(minutes);
          long language = languages.get(random.nextInt(languages.size()));
          int dept = random.nextInt(DEPARTMENTS);
          boolean past = end.isBefore(now);
          int roll = random.nextInt(100);
          String status;
          Integer chosen = null;
          if (roll < 8) {
            status = "CANCELLED";
          } else if (roll < 13 && past) {
            status = "UNFILLED";
          } else if (!past && roll < 35) {
            status = "NEW"; // still to be matched: what the coordinators work on
          } else {
            chosen = free(language, start, end);
            boolean paidMonth = YearMonth.from(start).isBefore(YearMonth.now());
            status =
                chosen == null
                    ? (past ? "UNFILLED" : "NEW")
                    : past ? (paidMonth ? "SETTLED" : "DONE") : "ASSIGNED";
          }
          OffsetDateTime created = start.minusDays(3 + random.nextInt(20)).atOffset(ZoneOffset.UTC);
          Mode mode = random.nextInt(5) == 0 ? Mode.PHONE : Mode.ON_SITE;
          String client = "B" + (dept + 1) + "-" + (1000 + random.nextInt(9000));
          String street = mode == Mode.ON_SITE ? "Benchstraße " + (1 + random.nextInt(200)) : null;
          String district =
              mode == Mode.ON_SITE ? District.values()[random.nextInt(12)].name() : null;
          Object fundingSource = funding.get(random.nextInt(funding.size()));
          request.add(
              id,
              departments.get(dept)[0],
              "bench-anfrage-" + (dept + 1),
              language,
              Timestamp.valueOf(start),
              Timestamp.valueOf(end),
              mode.name(),
              street,
              district,
              client,
              ClientReferences.key(client),
              fundingSource,
              status,
              created);
          history.add(nextId++, id, null, "NEW", "bench-anfrage-" + (dept + 1), created);
          if (chosen == null) {
            if (!status.equals("NEW")) {
              history.add(nextId++, id, "NEW", status, "bench-koord-1", created.plusHours(2));
            }
            continue;
          }
          long interpreter = interpreterIds[chosen];
          long assignmentId = nextId++;
          OffsetDateTime assigned = created.plusHours(2 + random.nextInt(48));
          offer.add(
              nextId++,
              id,
              interpreter,
              "ACCEPTED",
              created.plusHours(1),
              created.plusDays(2),
              created.plusHours(1),
              assigned);
          history.add(nextId++, id, "NEW", "OFFERED", "bench-koord-1", created.plusHours(1));
          history.add(nextId++, id, "OFFERED", "ASSIGNED", "bench-koord-1", assigned);
          int lead = (int) java.time.Duration.between(created, assigned).toMinutes();
          if (past) {
            int held = minutes + 15 * random.nextInt(3);
            int km = 2 + random.nextInt(25);
            Compensation.Pay pay =
                Compensation.pay(
                    new Compensation.Item(Outcome.COMPLETED, mode, minutes, (long) held, km), rates);
            OffsetDateTime reported = end.plusHours(20).atOffset(ZoneOffset.UTC);
            assignment.add(
                assignmentId, id, interpreter, Timestamp.valueOf(start), Timestamp.valueOf(end),
                assigned, "COMPLETED", "CONFIRMED", Timestamp.valueOf(start),
                Timestamp.valueOf(start.plusMinutes(held)), km, "bench", reported,
                "bench-anfrage-" + (dept + 1), reported.plusDays(1), pay.total(), minutes, held,
                lead);
            history.add(nextId++, id, "ASSIGNED", "DONE", "bench-anfrage-1", reported.plusDays(1));
            if (status.equals("SETTLED")) {
              history.add(nextId++, id, "DONE", "SETTLED", "bench-koord-1", reported.plusDays(10));
            }
            statementLines
                .computeIfAbsent(interpreter + "/" + YearMonth.from(start), k -> new ArrayList<>())
                .add(
                    new Object[] {
                      assignmentId, start, pay, minutes, language, departments.get(dept)[0],
                      fundingSource
                    });
          } else {
            assignment.add(
                assignmentId, id, interpreter, Timestamp.valueOf(start), Timestamp.valueOf(end),
                assigned, null, "OPEN", null, null, null, null, null, null, null, null, minutes,
                null, lead);
            for (LocalDateTime block = start; block.isBefore(end); block = block.plusMinutes(5)) {
              slot.add(interpreter, Timestamp.valueOf(block), assignmentId);
            }
          }
        }
        if (made % 20_000 < today) {
          progress(String.format("requests %,d / %,d (%s)", made, count, date));
        }
      }
      request.flush();
      history.flush();
      assignment.flush();
      offer.flush();
      slot.flush();
      db.commit();
    }
    statements(statementLines);
  }

  /** A speaker of the language who is free from {@code start} (with half an hour to travel). */
  private Integer free(long language, LocalDateTime start, LocalDateTime end) {
    List<Integer> candidates = speakers.get(language);
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    for (int tries = 0; tries < 8; tries++) {
      int i = candidates.get(random.nextInt(candidates.size()));
      if (!busyUntil[i].plusMinutes(30).isAfter(start)) {
        busyUntil[i] = end;
        return i;
      }
    }
    return null;
  }

  private void statements(Map<String, List<Object[]>> lines) throws SQLException {
    progress(String.format("statements %,d", lines.size()));
    YearMonth current = YearMonth.now();
    try (Batch statement =
            new Batch(
                db,
                "insert into pay_statement (id, version, interpreter_id, statement_month,"
                    + " issued_at, issued_by, total) values (?, 0, ?, ?, ?, 'bench-koord-1', ?)");
        Batch line =
            new Batch(
                db,
                "insert into pay_statement_line (id, version, statement_id, assignment_id,"
                    + " appointment, description, rule_key, minutes, time_amount, travel_amount,"
                    + " amount, correction, language_id, department_id, funding_source_id)"
                    + " values (?, 0, ?, ?, ?, 'Bench', 'compensation.completed',"
                    + " ?, ?, ?, ?, false, ?, ?, ?)",
                statement)) {
      for (Map.Entry<String, List<Object[]>> e : lines.entrySet()) {
        String[] key = e.getKey().split("/");
        YearMonth month = YearMonth.parse(key[1]);
        if (!month.isBefore(current)) {
          continue;
        }
        long id = nextId++;
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] l : e.getValue()) {
          total = total.add(((Compensation.Pay) l[2]).total());
        }
        statement.add(
            id,
            Long.parseLong(key[0]),
            month.atDay(1),
            month.plusMonths(1).atDay(3).atStartOfDay().atOffset(ZoneOffset.UTC),
            total);
        for (Object[] l : e.getValue()) {
          Compensation.Pay pay = (Compensation.Pay) l[2];
          line.add(
              nextId++, id, l[0], Timestamp.valueOf((LocalDateTime) l[1]), pay.minutes(),
              pay.timeAmount(), pay.travelAmount(), pay.total(), l[4], l[5], l[6]);
        }
      }
      statement.flush();
      line.flush();
      db.commit();
    }
  }

  /**
   * Trainings: {@code staff} staff accounts (STAFF) spread over the departments, 40 training
   * managers (bench-fortbildung-N), twelve courses, rooms and trainers, and sessions of 25 places
   * over the years with {@code registrations} registrations in all: sessions in the past held with
   * attendance, those ahead open with places confirmed and a waiting list.
   */
  private void trainings(int staff, int registrations) throws SQLException {
    String hash = pbkdf2(PASSWORD);
    String[] names = new String[staff];
    long[] peopleDepartment = new long[staff];
    String[] first = {"Ayşe", "Rojda", "Karim", "Minh", "Olena", "Jonas", "Fatma", "Hêvî", "Thu", "Serhiy"};
    String[] last = {"Demir", "Aslan", "Haddad", "Nguyễn", "Kovalenko", "Becker", "Yılmaz", "Demirtaş", "Trần", "Bondarenko"};
    LocalDate today = LocalDate.now();
    LocalDate from = today.minusYears(years).plusMonths(6);
    try (Batch user = new Batch(db, USER);
        Batch role = new Batch(db, USER_ROLE, user);
        Batch course =
            new Batch(
                db,
                "insert into training_course (id, version, title, description, topic, target_group,"
                    + " duration_minutes, min_participants, max_participants, reason_required,"
                    + " approval_required, active) values (?, 0, ?, 'Bench', ?, 'alle', 420, 5, 25,"
                    + " false, ?, true)");
        Batch room =
            new Batch(
                db,
                "insert into training_room (id, version, name, capacity, accessible, active)"
                    + " values (?, 0, ?, 30, true, true)");
        Batch trainer =
            new Batch(
                db,
                "insert into trainer (id, version, display_name, email, username, external, active)"
                    + " values (?, 0, ?, ?, null, true, true)");
        Batch session =
            new Batch(
                db,
                "insert into training_session (id, version, course_id, room_id, online_link,"
                    + " capacity, min_bookings, registration_deadline, status, policy, claim_hours,"
                    + " approval_required, starts_at, ends_at, places_taken, calendar_sequence,"
                    + " minimum_warned) values (?, 0, ?, ?, null, 25, 5, ?, 'OPEN', 'AUTOMATIC', 0,"
                    + " false, ?, ?, ?, 0, false)",
                course,
                room);
        Batch sessionTrainer =
            new Batch(
                db,
                "insert into training_session_trainer (session_id, trainer_id) values (?, ?)",
                session,
                trainer);
        Batch part =
            new Batch(
                db,
                "insert into training_session_part (id, version, session_id, starts_at, ends_at)"
                    + " values (?, 0, ?, ?, ?)",
                session);
        Batch registration =
            new Batch(
                db,
                "insert into training_registration (id, version, session_id, username,"
                    + " person_name, department_id, arrival, status, place_held, reason,"
                    + " registered_by, registered_at, reminded_week, reminded_day)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, false, null, ?, ?, false, false)",
                session,
                user);
        Batch attendance =
            new Batch(
                db,
                "insert into training_attendance (id, version, registration_id, part_id, present)"
                    + " values (?, 0, ?, ?, ?)",
                registration,
                part)) {
      for (int i = 0; i < staff + 40; i++) {
        boolean manager = i >= staff;
        long id = nextId++;
        String username = manager ? "bench-fortbildung-" + (i - staff + 1) : "bench-staff-" + (i + 1);
        String name = manager ? username : first[i % first.length] + " " + last[(i / 10) % last.length];
        Long department = manager ? null : departments.get(i % DEPARTMENTS)[0];
        user.add(id, username, name, username + "@bench.example", hash, department, CREATED);
        role.add(id, manager ? "TRAINING_MANAGER" : "STAFF");
        if (!manager) {
          names[i] = username;
          peopleDepartment[i] = department;
        }
      }
      long[] courses = new long[12];
      long[] rooms = new long[12];
      long[] trainers = new long[12];
      for (int c = 0; c < 12; c++) {
        courses[c] = nextId++;
        course.add(courses[c], "Interkulturelle Fortbildung " + (c + 1), "INTERCULTURAL_COMPETENCE", c % 2 == 0);
        rooms[c] = nextId++;
        room.add(rooms[c], "Schulungsraum " + (c + 1));
        trainers[c] = nextId++;
        trainer.add(trainers[c], "Trainer/in " + (c + 1), "trainer" + (c + 1) + "@bench.example");
      }
      // 25 places and about 30 registrations per session: confirmed, waiting, a few cancelled
      int sessions = Math.max(1, registrations / 30);
      long days = java.time.temporal.ChronoUnit.DAYS.between(from, today.plusMonths(6));
      long arrival = 1;
      int person = 0;
      for (int s = 0; s < sessions; s++) {
        long id = nextId++;
        int slot = s % 12;
        LocalDate day = from.plusDays(days * s / sessions);
        LocalDateTime start = day.atTime(9, 0);
        LocalDateTime end = day.atTime(16, 0);
        int count = s == sessions - 1 ? registrations - s * 30 : 30;
        session.add(
            id, courses[slot], rooms[slot], Timestamp.valueOf(start.minusDays(7)),
            Timestamp.valueOf(start), Timestamp.valueOf(end), Math.min(count - 1, 25));
        sessionTrainer.add(id, trainers[slot]);
        long partId = nextId++;
        part.add(partId, id, Timestamp.valueOf(start), Timestamp.valueOf(end));
        boolean held = end.isBefore(LocalDateTime.now());
        for (int r = 0; r < count; r++) {
          int who = person++ % staff;
          long regId = nextId++;
          // one of the first 26 cancelled, the next moved up: 25 confirmed, the rest waiting
          String status = r < 26 ? (r == 12 ? "CANCELLED" : "CONFIRMED") : "WAITING";
          registration.add(
              regId, id, names[who], names[who], peopleDepartment[who], arrival++, status,
              names[who], start.minusDays(20).atOffset(ZoneOffset.UTC));
          if (held && "CONFIRMED".equals(status)) {
            attendance.add(nextId++, regId, partId, r % 17 != 0);
          }
        }
      }
      attendance.flush();
      try (Statement s = db.createStatement()) {
        s.execute("select setval('training_registration_seq', " + (arrival + 1) + ")");
      }
      db.commit();
    }
  }


  /**
   * Awards: one edition per year (the Integrationspreis in even years, the Wirtschaftspreis in odd
   * ones), each with two categories of three places, three criteria, four jurors and {@code
   * perEdition} nominations; past editions published with their winners, this year's in the
   * eligibility check. 40 award managers (bench-preise-N).
   */
  private void awards(int perEdition) throws SQLException {
    String hash = pbkdf2(PASSWORD);
    String[] nominees = {
      "Ayşe Yılmaz", "Rojda Demirtaş", "Karim Haddad", "Nguyễn Thị Lan", "Олена Коваленко",
      "Jonas Becker", "Fatma Aslan", "Hêvî Zana", "Trần Văn Minh", "Сергій Бондаренко"
    };
    String[] organisations = {
      "Nachbarschaftsverein Nordstadt", "Elternnetzwerk Hörde", "Sportverein Eving",
      "Moscheegemeinde Scharnhorst", "Vietnamesischer Kulturverein", "Ukrainische Hilfe Dortmund"
    };
    int thisYear = LocalDate.now().getYear();
    try (Batch user = new Batch(db, USER);
        Batch role = new Batch(db, USER_ROLE, user);
        Batch programme =
            new Batch(
                db,
                "insert into award_programme (id, version, award_type, edition_year, title,"
                    + " nomination_opens, nomination_closes, prize_money, status, normalised,"
                    + " scores_released, decided_at, published_at)"
                    + " values (?, 0, ?, ?, ?, ?, ?, 10000, ?, false, ?, ?, ?)");
        Batch category =
            new Batch(
                db,
                "insert into award_category (id, version, programme_id, name, position)"
                    + " values (?, 0, ?, ?, ?)",
                programme);
        Batch place =
            new Batch(
                db,
                "insert into award_place (id, version, category_id, place_rank, amount, not_awarded)"
                    + " values (?, 0, ?, ?, ?, false)",
                category);
        Batch criterion =
            new Batch(
                db,
                "insert into award_criterion (id, version, programme_id, name, weight, position)"
                    + " values (?, 0, ?, ?, ?, ?)",
                programme);
        Batch juror =
            new Batch(
                db,
                "insert into award_juror (id, version, programme_id, username, display_name, chair)"
                    + " values (?, 0, ?, ?, ?, ?)",
                programme);
        Batch nomination =
            new Batch(
                db,
                "insert into award_nomination (id, version, programme_id, category_id,"
                    + " receipt_number, nominee_kind, nominee_name, nominee_key,"
                    + " nominee_organisation, nominator_name, nominator_email, justification,"
                    + " city_connection, migration_history, status, ineligible_reason,"
                    + " submitted_at, informed_at, informed_how, jury_consent_at,"
                    + " publication_consent_at, place_id)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Dortmund', ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)",
                place)) {
      for (int i = 0; i < 40; i++) {
        long id = nextId++;
        String username = "bench-preise-" + (i + 1);
        user.add(id, username, username, username + "@bench.example", hash, null, CREATED);
        role.add(id, "AWARD_MANAGER");
      }
      long receipt = 1;
      for (int year = thisYear - years + 1; year <= thisYear; year++) {
        boolean current = year == thisYear;
        boolean integration = year % 2 == 0;
        long id = nextId++;
        LocalDate opens = LocalDate.of(year, 3, 1);
        LocalDate closes = LocalDate.of(year, 5, 31);
        Timestamp decided = current ? null : Timestamp.valueOf(LocalDate.of(year, 9, 15).atTime(18, 0));
        String type = integration ? "INTEGRATION" : "ETHNIC_BUSINESS";
        programme.add(
            id, type, year, (integration ? "Integrationspreis " : "Ethnischer Wirtschaftspreis ") + year,
            opens, closes, current ? "ELIGIBILITY" : "PUBLISHED", !current, decided, decided);
        long[] categories = {nextId++, nextId++};
        long[][] places = new long[2][3];
        String[] amounts = {"2500.00", "1500.00", "1000.00"};
        for (int c = 0; c < 2; c++) {
          category.add(categories[c], id, c == 0 ? "Einzelpersonen" : "Initiativen und Vereine", c);
          for (int r = 0; r < 3; r++) {
            places[c][r] = nextId++;
            place.add(places[c][r], categories[c], r + 1, new BigDecimal(amounts[r]));
          }
        }
        String[] criteria = {"Wirkung", "Nachhaltigkeit", "Vorbild"};
        for (int c = 0; c < 3; c++) {
          criterion.add(nextId++, id, criteria[c], c + 1, c);
        }
        for (int j = 0; j < 4; j++) {
          juror.add(nextId++, id, "bench-jury-" + (j + 1), "Jury " + (j + 1), j == 0);
        }
        for (int n = 0; n < perEdition; n++) {
          int c = n % 2;
          String name = nominees[n % nominees.length] + " " + (n / nominees.length + 1);
          String status;
          Long wonPlace = null;
          if (current) {
            status = n % 10 == 9 ? "INELIGIBLE" : n % 3 == 0 ? "ELIGIBLE" : "RECEIVED";
          } else if (n < 6) {
            status = "WINNER";
            wonPlace = places[c][n / 2];
          } else {
            status = n % 10 == 9 ? "INELIGIBLE" : n < 40 ? "NOT_AWARDED" : "ELIGIBLE";
          }
          LocalDateTime submitted = opens.atTime(10, 0).plusMinutes(n * 600L);
          boolean consented = !current && !"INELIGIBLE".equals(status) && n < 40;
          Timestamp informed = consented ? Timestamp.valueOf(closes.atTime(12, 0)) : null;
          nomination.add(
              nextId++, id, categories[c],
              "%s-%d-%05d".formatted(integration ? "IP" : "EW", year, receipt++),
              c == 0 ? "PERSON" : n % 4 == 1 ? "ORGANISATION" : "INITIATIVE",
              name, name.toLowerCase(java.util.Locale.ROOT),
              c == 0 ? null : organisations[n % organisations.length],
              nominees[(n + 3) % nominees.length], "nominator" + n + "@bench.example",
              "Engagiert sich seit Jahren für das Zusammenleben in Dortmund.",
              integration ? null : "NOT_STATED", status,
              "INELIGIBLE".equals(status) ? "Nicht in Dortmund tätig." : null,
              Timestamp.valueOf(submitted), informed, consented ? "LETTER" : null, informed,
              consented && n % 5 != 4 ? informed : null, wonPlace);
        }
      }
      nomination.flush();
      try (Statement s = db.createStatement()) {
        s.execute("select setval('award_receipt_seq', " + (receipt + 1) + ")");
      }
      db.commit();
    }
  }

  /**
   * The password hash in the format of the container's Pbkdf2PasswordHash with the portal's
   * parameters (see PasswordHasher): algorithm:iterations:salt:hash, Base64.
   */
  static String pbkdf2(String password) {
    try {
      byte[] salt = new byte[32];
      new java.security.SecureRandom().nextBytes(salt);
      javax.crypto.SecretKeyFactory factory =
          javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
      byte[] key =
          factory
              .generateSecret(
                  new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210_000, 512))
              .getEncoded();
      java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:210000:"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(key);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void progress(String what) {
    System.out.printf("%tT %s%n", System.currentTimeMillis(), what);
  }

  /** A prepared insert that is sent in batches. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private final Batch[] parents;
    private int pending;

    /** Rows of {@code parents} are sent first, so that foreign keys always find their row. */
    Batch(Connection db, String sql, Batch... parents) throws SQLException {
      this.statement = db.prepareStatement(sql);
      this.parents = parents;
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.addBatch();
      if (++pending == BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      for (Batch parent : parents) {
        parent.flush();
      }
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      flush();
      statement.close();
    }
  }
}
