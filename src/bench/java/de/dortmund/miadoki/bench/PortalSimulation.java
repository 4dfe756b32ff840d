package de.dortmund.miadoki.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The load run: 32 virtual users, each signed in with an account of its own, send the portal's real
 * Faces requests (view state and CSP nonce carried, AJAX partial responses checked for the error
 * page) one page at a time. First all users walk the pages for half a minute, so that the server
 * has compiled its hot code. Then each page is a phase of its own: every user signs in, warms up for five
 * seconds (requests named "warm-up: ...", left out of the table) and then repeats the page for the
 * measured seconds; each measured answer's time is kept (a failed check counts as an error). All
 * phases run {@code bench.rounds} times (default 3) one after the other, and the table gives the
 * median of the rounds for each figure. The
 * first phase is a trivial Faces page behind the same login, the floor of the stack. Afterwards
 * every user's session size and the server's heap and in-server candidate ranking are read from the
 * benchmark's probe servlet, and {@link BenchTable} writes the table. Gatling's own HTML report of
 * the same run (warm-up and sign-in requests included, under their own names) stays beside it.
 *
 * <p>System properties: {@code bench.url} (the portal), {@code bench.jdbc}, {@code bench.dbUser},
 * {@code bench.dbPassword} (to pick open requests and interpreters), {@code bench.seconds}
 * (measured per page), {@code bench.label} (1y or 10y: the name of the table).
 */
public class PortalSimulation extends Simulation {

  static final int USERS = 32;
  static final Duration WARM_UP = Duration.ofSeconds(5);
  static final Duration SERVER_WARM_UP = Duration.ofSeconds(30);
  /** How often each page is measured; the table reports the median round of each figure. */
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  /** The phases in the order of the table: name, then the chain one user repeats. */
  static final List<String> ALL_PHASES =
      List.of(
          "Trivial page (floor)",
          "Request list (coordinator)",
          "Request list: next page (AJAX)",
          "Interpreter list",
          "Interpreter list: next page (AJAX)",
          "Candidate ranking (request page)",
          "Why not? (AJAX)",
          "Pool calendar: week's events (AJAX)",
          "Reports (year by month)",
          "Request list (requester)",
          "Training sessions (manager)",
          "Session page (manager)",
          "Training registrations (manager)",
          "Nominations (award manager)",
          "Nomination page (award manager)");

  /**
   * The phases of this run: all, or (property {@code bench.phases}, comma-separated parts of their
   * names) the floor and those named, while working on one cause; such a table goes to target/.
   */
  static final List<String> PHASES = chosen(System.getProperty("bench.phases", ""));

  static List<String> chosen(String names) {
    if (names.isBlank()) {
      return ALL_PHASES;
    }
    List<String> parts =
        java.util.Arrays.stream(names.split(","))
            .map(part -> part.trim().toLowerCase(java.util.Locale.ROOT))
            .filter(part -> !part.isEmpty())
            .toList();
    List<String> chosen =
        ALL_PHASES.stream()
            .filter(
                phase ->
                    phase.equals(BenchTable.FLOOR)
                        || parts.stream()
                            .anyMatch(part -> phase.toLowerCase(java.util.Locale.ROOT).contains(part)))
            .toList();
    if (chosen.size() == 1) {
      throw new IllegalArgumentException("No phase is named like " + names);
    }
    return chosen;
  }

  private static final String VIEW_STATE =
      "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
  private static final String NONCE = "nonce=\"([^\"]+)\"";

  /** What the probes answered, by user; written out after the run. */
  private static final Map<String, String> PROBES = new ConcurrentHashMap<>();

  /** The measured requests of each phase. */
  static final Map<String, Phase> FIGURES = new ConcurrentHashMap<>();

  static final class Phase {
    final java.util.Queue<Integer> millis = new java.util.concurrent.ConcurrentLinkedQueue<>();
    final java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
    /** The largest session of the phase's users (serialized bytes), read before they sign out. */
    final java.util.concurrent.atomic.AtomicLong largestSession =
        new java.util.concurrent.atomic.AtomicLong();
  }

  private final Duration measured =
      Duration.ofSeconds(Long.getLong("bench.seconds", 15));
  private final List<Long> openRequests = new ArrayList<>();
  private final List<Long> interpreters = new ArrayList<>();
  private final List<Long> nominations = new ArrayList<>();
  private final List<Long> trainingSessions = new ArrayList<>();

  {
    readIds(
        System.getProperty("bench.jdbc"),
        System.getProperty("bench.dbUser", "miadoki"),
        System.getProperty("bench.dbPassword", "miadoki"));

    HttpProtocolBuilder protocol =
        http.baseUrl(System.getProperty("bench.url", "http://127.0.0.1:8282"))
            .acceptLanguageHeader("de")
            .disableCaching();

    // a server started for the run compiles its hot code first: not in the floor's figures
    PopulationBuilder run = serverWarmUp().injectOpen(atOnceUsers(USERS));
    // every page is measured in each round; the rounds go through all pages in turn, so that a
    // slow spell of the machine does not fall on the same page three times
    for (int round = 1; round <= ROUNDS; round++) {
      for (String phase : PHASES) {
        PopulationBuilder next = phase(phase, round).injectOpen(atOnceUsers(USERS));
        run = run.andThen(next);
      }
    }
    run = run.andThen(probes().injectOpen(atOnceUsers(USERS)));
    setUp(run).protocols(protocol);
  }

  /** The table of the run, beside the earlier ones in bench/. */
  @Override
  public void after() {
    try {
      String table =
          BenchTable.write(
              System.getProperty("bench.label", "run"),
              USERS,
              measured,
              ROUNDS,
              FIGURES,
              PHASES,
              PROBES);
      System.out.println(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readIds(String url, String user, String password) {
    try (Connection db = DriverManager.getConnection(url, user, password);
        Statement s = db.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "select id from interpreter_request where status = 'NEW' and starts_at > now()"
                  + " order by id limit 200")) {
        while (r.next()) {
          openRequests.add(r.getLong(1));
        }
      }
      try (ResultSet r = s.executeQuery("select id from interpreter order by id limit 500")) {
        while (r.next()) {
          interpreters.add(r.getLong(1));
        }
      }
      // sessions of every year, as managers open old and new ones
      try (ResultSet r =
          s.executeQuery("select id from training_session where id % 7 = 0 order by id limit 500")) {
        while (r.next()) {
          trainingSessions.add(r.getLong(1));
        }
      }
      try (ResultSet r =
          s.executeQuery("select id from award_nomination order by submitted_at desc limit 500")) {
        while (r.next()) {
          nominations.add(r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the benchmark's data: " + e.getMessage(), e);
    }
    if (openRequests.isEmpty() || nominations.isEmpty() || trainingSessions.isEmpty()) {
      throw new IllegalStateException(
          "No open requests, no nominations or no training sessions in the database");
    }
  }

  /** Every page of the run, in turn, for half a minute. */
  private ScenarioBuilder serverWarmUp() {
    return scenario("server warm-up")
        .feed(accounts())
        .exec(session -> session.set("random", new Random(session.getInt("user"))))
        .exec(signIn("#{coordinator}"))
        .exec(
            during(SERVER_WARM_UP)
                .on(
                    exec(this::pickRequest)
                        .exec(page("warm-up: floor", "/bench/floor.xhtml", "Floor"))
                        .exec(page("warm-up: requests", "/interpreting/requests.xhtml", "requests:table"))
                        .exec(
                            page(
                                "warm-up: interpreters",
                                "/interpreting/interpreters.xhtml",
                                "interpreters:table"))
                        .exec(
                            page(
                                "warm-up: request",
                                "/interpreting/request.xhtml?id=#{request}",
                                "candidates:table"))
                        .exec(page("warm-up: calendar", "/interpreting/calendar.xhtml", "calendar"))));
  }

  /**
   * Accounts bench-koord-N, bench-anfrage-N, bench-fortbildung-N and bench-preise-N, one of each
   * per virtual user of a phase.
   */
  private static Iterator<Map<String, Object>> accounts() {
    return IntStream.iterate(0, i -> (i + 1) % USERS)
        .mapToObj(
            i ->
                Map.<String, Object>of(
                    "user",
                    i,
                    "coordinator",
                    "bench-koord-" + (i + 1),
                    "requester",
                    "bench-anfrage-" + (i + 1),
                    "manager",
                    "bench-fortbildung-" + (i + 1),
                    "awards",
                    "bench-preise-" + (i + 1)))
        .iterator();
  }

  private ScenarioBuilder phase(String name, int round) {
    ChainBuilder setUp;
    Function<String, ChainBuilder> step;
    switch (name) {
      case "Trivial page (floor)" -> {
        setUp = signIn("#{coordinator}");
        step = n -> exec(page(n, "/bench/floor.xhtml", "Floor"));
      }
      case "Request list (coordinator)" -> {
        setUp = signIn("#{coordinator}");
        step = n -> exec(page(n, "/interpreting/requests.xhtml", "requests:table"));
      }
      case "Request list: next page (AJAX)" -> {
        setUp = signIn("#{coordinator}").exec(form("/interpreting/requests.xhtml"));
        step = n -> nextPage(n, "/interpreting/requests.xhtml", "requests", "requests:table");
      }
      case "Interpreter list" -> {
        setUp = signIn("#{coordinator}");
        step = n -> exec(page(n, "/interpreting/interpreters.xhtml", "interpreters:table"));
      }
      case "Interpreter list: next page (AJAX)" -> {
        setUp = signIn("#{coordinator}").exec(form("/interpreting/interpreters.xhtml"));
        step =
            n -> nextPage(n, "/interpreting/interpreters.xhtml", "interpreters", "interpreters:table");
      }
      case "Candidate ranking (request page)" -> {
        setUp = signIn("#{coordinator}");
        step =
            n ->
                exec(this::pickRequest)
                    .exec(
                        page(n, "/interpreting/request.xhtml?id=#{request}", "candidates:table"));
      }
      case "Why not? (AJAX)" -> {
        // one request page per user, asked about one interpreter after the other (as a
        // coordinator does): the page's own load is the candidate ranking's phase
        setUp =
            signIn("#{coordinator}")
                .exec(this::pickRequest)
                .exec(form("/interpreting/request.xhtml?id=#{request}"));
        step = this::whyNot;
      }
      case "Pool calendar: week's events (AJAX)" -> {
        setUp = signIn("#{coordinator}").exec(form("/interpreting/calendar.xhtml"));
        step = this::calendarWeek;
      }
      case "Reports (year by month)" -> {
        setUp = signIn("#{coordinator}");
        step = n -> exec(page(n, "/interpreting/reports.xhtml", "report:figures"));
      }
      case "Request list (requester)" -> {
        setUp = signIn("#{requester}");
        step = n -> exec(page(n, "/interpreting/requests.xhtml", "requests:table"));
      }
      case "Training sessions (manager)" -> {
        setUp = signIn("#{manager}");
        step = n -> exec(page(n, "/training/sessions.xhtml", "sessions:table"));
      }
      case "Session page (manager)" -> {
        setUp = signIn("#{manager}");
        step = n -> detailPage(n, trainingSessions, "/training/session.xhtml", "placesFree");
      }
      case "Training registrations (manager)" -> {
        setUp = signIn("#{manager}");
        step = n -> exec(page(n, "/training/all-registrations.xhtml", "registrations:table"));
      }
      case "Nominations (award manager)" -> {
        setUp = signIn("#{awards}");
        step = n -> exec(page(n, "/awards/nominations.xhtml", "nominations:table"));
      }
      case "Nomination page (award manager)" -> {
        setUp = signIn("#{awards}");
        step = n -> detailPage(n, nominations, "/awards/nomination.xhtml", "eligibilityTitle");
      }
      default -> throw new IllegalArgumentException(name);
    }
    return scenario(name + " #" + round)
        .feed(accounts())
        .exec(session -> session.set("random", new Random(session.getInt("user"))).set("turn", 0))
        .exec(setUp)
        .exec(during(WARM_UP).on(step.apply("warm-up: " + name)))
        .exec(
            during(measured)
                .on(step.apply(name).exec(session -> record(name, round, session))))
        // every user's session as the phase left it, whatever the role
        .exec(
            http("probe: session after " + name)
                .get("/bench-probe/session")
                .check(bodyString().saveAs("sessionBytes")))
        .exec(session -> recordSession(name, round, session))
        // signed out as people do, so that the server does not keep a session per user and phase
        // (three rounds of fourteen phases held 1,344 sessions and filled the heap)
        .exec(http("sign-out").post("/logout").check(status().in(200, 302)))
        .exec(flushCookieJar());
  }

  /** One measured request: its time, or an error when a check failed. */
  private static Session record(String phase, int round, Session session) {
    Phase figures =
        FIGURES.computeIfAbsent(BenchTable.roundOf(phase, round), p -> new Phase());
    if (session.isFailed() || !session.contains("rt")) {
      figures.errors.incrementAndGet();
      return session.markAsSucceeded().remove("rt");
    }
    figures.millis.add(session.getInt("rt"));
    return session.remove("rt");
  }

  /** The size of one user's session at the end of a phase; one that cannot be written fails. */
  private static Session recordSession(String phase, int round, Session session) {
    Phase figures =
        FIGURES.computeIfAbsent(BenchTable.roundOf(phase, round), p -> new Phase());
    String answer = session.contains("sessionBytes") ? session.getString("sessionBytes").trim() : "";
    if (!answer.matches("\\d+")) {
      figures.errors.incrementAndGet();
      PROBES.putIfAbsent("session." + phase, answer);
      return session.markAsSucceeded();
    }
    figures.largestSession.accumulateAndGet(Long.parseLong(answer), Math::max);
    return session.remove("sessionBytes");
  }

  /** Signs in through the login form; the answer must be the home page with the person's menu. */
  private static ChainBuilder signIn(String username) {
    return exec(
            http("sign-in: form")
                .get("/login.xhtml")
                .check(
                    status().is(200),
                    regex(VIEW_STATE).transform(PortalSimulation::unescape).saveAs("viewState"),
                    regex(NONCE).saveAs("nonce")))
        .exec(
            http("sign-in")
                .post("/login.xhtml")
                .formParam("login", "login")
                .formParam("login:username", username)
                .formParam("login:password", Generate.PASSWORD)
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("mainMenu"), substring("login:password").notExists()));
  }

  /** The detail page of one of the records, drawn from the user's own sequence. */
  private static ChainBuilder detailPage(String name, List<Long> ids, String path, String marker) {
    return exec(session -> session.set("record", ids.get(random(session).nextInt(ids.size()))))
        .exec(page(name, path + "?id=#{record}", marker));
  }

  /** A page fetched in full: answered 200 with what only that page shows. */
  private static HttpRequestActionBuilder page(String name, String path, String marker) {
    return http(name)
        .get(path)
        .check(status().is(200), substring(marker), responseTimeInMillis().saveAs("rt"));
  }

  /** View state and CSP nonce of a page, once per user: its AJAX requests need both. */
  private static HttpRequestActionBuilder form(String path) {
    return http("form: " + path)
        .get(path)
        .check(
            status().is(200),
            regex(VIEW_STATE).transform(PortalSimulation::unescape).saveAs("viewState"),
            regex(NONCE).saveAs("nonce"));
  }

  /** A Faces AJAX request; its partial answer must not be the error page put in place of the view. */
  private static HttpRequestActionBuilder ajax(
      String name, String path, String form, String source, String render) {
    return http(name)
        .post(path)
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", render)
        .formParam("jakarta.faces.partial.render", render)
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{nonce}")
        .check(
            status().is(200),
            substring("<partial-response"),
            noErrorPage(),
            responseTimeInMillis().saveAs("rt"));
  }

  private static CheckBuilder noErrorPage() {
    return substring("jakarta.faces.ViewRoot").notExists();
  }

  /** The next of four pages of a lazy table, as PrimeFaces asks for it. */
  private static ChainBuilder nextPage(String name, String path, String form, String table) {
    return exec(
            session -> {
              int turn = session.getInt("turn") + 1;
              return session.set("turn", turn).set("first", (session.getInt("user") + turn) % 4 * 25);
            })
        .exec(
            ajax(name, path, form, table, table)
                .formParam(table + "_pagination", "true")
                .formParam(table + "_first", "#{first}")
                .formParam(table + "_rows", "25")
                .formParam(table + "_skipChildren", "true")
                .formParam(table + "_encodeFeature", "true"));
  }

  private ChainBuilder whyNot(String name) {
    return exec(
            session ->
                session.set(
                    "interpreter",
                    interpreters.get(random(session).nextInt(interpreters.size()))))
        .exec(
            ajax(
                    name,
                    "/interpreting/request.xhtml?id=#{request}",
                    "whyNotForm",
                    "whyNotForm:explain",
                    "whyNotForm")
                .formParam("whyNotForm:explain", "whyNotForm:explain")
                .formParam("whyNotForm:interpreter_input", "x")
                .formParam("whyNotForm:interpreter_hinput", "#{interpreter}")
                .check(substring("whyNotForm")));
  }

  private ChainBuilder calendarWeek(String name) {
    return exec(
            session -> {
              var monday =
                  LocalDate.now()
                      .minusDays(random(session).nextInt(300))
                      .atStartOfDay()
                      .toInstant(ZoneOffset.UTC);
              return session
                  .set("weekStart", monday.toString())
                  .set("weekEnd", monday.plus(Duration.ofDays(7)).toString());
            })
        .exec(
            ajax(
                    name,
                    "/interpreting/calendar.xhtml",
                    "calendar",
                    "calendar:schedule",
                    "calendar:schedule")
                .formParam("calendar:schedule_event", "true")
                .formParam("calendar:schedule_start", "#{weekStart}")
                .formParam("calendar:schedule_end", "#{weekEnd}")
                .check(substring("\"events\"")));
  }

  private Session pickRequest(Session session) {
    return session.set("request", openRequests.get(random(session).nextInt(openRequests.size())));
  }

  /** Each user draws from its own seeded sequence, so runs ask for the same records. */
  private static Random random(Session session) {
    return (Random) session.get("random");
  }

  /**
   * After the phases: each user walks the coordinator's pages once more (as the phases left them,
   * up to the six views the server keeps) and the probe reports the size of its session; the first
   * user also reads the heap and times the candidate ranking inside the server.
   */
  private ScenarioBuilder probes() {
    return scenario("probes")
        .feed(accounts())
        .exec(session -> session.set("random", new Random(session.getInt("user"))))
        .exec(signIn("#{coordinator}"))
        .exec(exec(this::pickRequest))
        .exec(http("probe: request list").get("/interpreting/requests.xhtml"))
        .exec(http("probe: interpreters").get("/interpreting/interpreters.xhtml"))
        .exec(http("probe: request page").get("/interpreting/request.xhtml?id=#{request}"))
        .exec(http("probe: calendar").get("/interpreting/calendar.xhtml"))
        .exec(http("probe: reports").get("/interpreting/reports.xhtml"))
        .exec(
            http("probe: session")
                .get("/bench-probe/session")
                .check(bodyString().saveAs("sessionBytes")))
        .exec(
            session -> {
              PROBES.put("session." + session.getString("coordinator"), session.getString("sessionBytes").trim());
              return session;
            })
        .doIf(session -> session.getInt("user") == 0)
        .then(
            exec(http("probe: session detail")
                    .get("/bench-probe/session-detail")
                    .check(bodyString().saveAs("sessionDetail")))
                .exec(http("probe: heap").get("/bench-probe/heap").check(bodyString().saveAs("heap")))
                .exec(
                    http("probe: ranking")
                        .get("/bench-probe/ranking?request=" + openRequests.get(0) + "&runs=200")
                        .check(bodyString().saveAs("ranking")))
                .exec(
                    session -> {
                      PROBES.put("sessionDetail", session.getString("sessionDetail"));
                      PROBES.put("heap", session.getString("heap").trim());
                      PROBES.put("ranking", session.getString("ranking").trim());
                      return session;
                    }));
  }

  private static String unescape(String value) {
    return value.replace("&#58;", ":").replace("&amp;", "&");
  }
}
