import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of the operations run (ops/two-nodes): signed-in requesters book urgent requests
 * through the load balancer, each through the booking form as a browser sends it, while the run
 * kills one server and restarts the database. Each booking that does not get its answer is sent
 * again, the same form with the same view state, until it does. Afterwards the database and the
 * mail server are compared with the generator's own record:
 *
 * <ul>
 *   <li>no one was signed out and no form was lost when the server went away;
 *   <li>every booking that succeeded is in the database exactly once, and no attempt twice;
 *   <li>while the database was away the portal answered 503 with "please try again", and came back
 *       by itself;
 *   <li>every mail in the outbox arrived exactly once (by its Message-ID), and scheduled work ran
 *       on one server at a time.
 * </ul>
 *
 * Settings (system properties): ops.lb, ops.nodes (comma-separated addresses of the servers
 * themselves, for their figures), ops.users, ops.seconds, ops.kill.at, ops.kill (a shell command),
 * ops.restart.at, ops.restart (a shell command), ops.jdbc, ops.db.user, ops.db.password,
 * ops.smtp.log, ops.metrics.token, ops.outbox.interval.
 */
public class TwoNodeRun {

  static final String PASSWORD = "Demo-Passwort-2026";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
  static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  final String lb = System.getProperty("ops.lb");
  final List<String> nodes = List.of(System.getProperty("ops.nodes").split(","));
  final int users = Integer.getInteger("ops.users", 6);
  final int seconds = Integer.getInteger("ops.seconds", 60);
  final int killAt = Integer.getInteger("ops.kill.at", 20);
  final int restartAt = Integer.getInteger("ops.restart.at", 40);
  final String metricsToken = System.getProperty("ops.metrics.token");
  final long outboxInterval = Long.getLong("ops.outbox.interval", 2);

  final long started = System.nanoTime();
  volatile boolean stopping;
  final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
  final Map<String, Long> booked = new ConcurrentHashMap<>();
  final List<String> attempted = new ArrayList<>();
  final AtomicInteger answered = new AtomicInteger();
  final AtomicInteger repeats = new AtomicInteger();
  final AtomicInteger unavailable = new AtomicInteger();
  final AtomicInteger repeatsAfterKill = new AtomicInteger();
  final AtomicLong firstUnavailableAt = new AtomicLong(-1);
  final AtomicLong lastUnavailableAt = new AtomicLong(-1);
  final AtomicLong firstSuccessAfterOutage = new AtomicLong(-1);
  volatile long restartBegan = -1;
  volatile long restartEnded = -1;
  volatile long killedAt = -1;
  final AtomicInteger unavailableWithoutHint = new AtomicInteger();
  final AtomicInteger errorPageDuringOutage = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    System.exit(new TwoNodeRun().run() ? 0 : 1);
  }

  double now() {
    return (System.nanoTime() - started) / 1e9;
  }

  void log(String line) {
    System.out.printf("[%6.1f s] %s%n", now(), line);
  }

  boolean run() throws Exception {
    List<Visitor> visitors = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      visitors.add(new Visitor(i).login("anfrage"));
    }
    log(users + " requesters signed in through " + lb + ", on servers " + servers(visitors));
    List<Thread> threads = new ArrayList<>();
    for (Visitor visitor : visitors) {
      Thread thread = new Thread(visitor::work, "visitor-" + visitor.number);
      thread.start();
      threads.add(thread);
    }
    Map<String, Integer> leaseOverlaps = new HashMap<>();
    Map<String, Long> runsBefore = new HashMap<>();
    Map<String, Long> runsLast = new HashMap<>();
    for (String node : nodes) {
      runsBefore.put(node, outboxRuns(node));
    }
    double begin = now();
    while (now() < seconds) {
      if (killedAt < 0 && now() >= killAt) {
        log("killing " + nodes.get(0) + " under load: " + System.getProperty("ops.kill"));
        runsLast.put(nodes.get(0), outboxRuns(nodes.get(0)));
        killedAt = System.nanoTime();
        shell(System.getProperty("ops.kill"));
      }
      if (restartBegan < 0 && now() >= restartAt) {
        log("restarting the database: " + System.getProperty("ops.restart"));
        restartBegan = System.nanoTime();
        shell(System.getProperty("ops.restart"));
        restartEnded = System.nanoTime();
        log("the database is back");
      }
      sampleLeases(leaseOverlaps, runsLast);
      Thread.sleep(1000);
    }
    stopping = true;
    for (Thread thread : threads) {
      thread.join(120_000);
    }
    double loadSeconds = now() - begin;
    log("load stopped; " + booked.size() + " bookings, " + answered.get() + " answers; "
        + "the requesters are now on servers " + servers(visitors));
    for (String node : nodes) {
      if (!runsLast.containsKey(node)) {
        runsLast.put(node, outboxRuns(node));
      }
    }

    boolean ok = true;
    for (Visitor visitor : visitors) {
      visitor.checkStillSignedIn();
    }
    ok &= checkBookings();
    ok &= checkMails();
    long runs =
        nodes.stream()
            .mapToLong(n -> Math.max(0, runsLast.getOrDefault(n, 0L) - runsBefore.get(n)))
            .sum();
    long expected = Math.round(loadSeconds / outboxInterval);
    log(
        "outbox runs on both servers together: "
            + runs
            + " in "
            + Math.round(loadSeconds)
            + " s at one run per "
            + outboxInterval
            + " s (one server at a time: at most "
            + (expected + 2)
            + ")");
    if (runs > expected + 2) {
      problems.add("scheduled work ran on both servers: " + runs + " outbox runs");
    }
    log(
        "leases sampled every second on both servers: held by both at once in "
            + leaseOverlaps.values().stream().mapToInt(Integer::intValue).sum()
            + " samples ("
            + leaseOverlaps.keySet()
            + ")");
    leaseOverlaps.forEach(
        (work, count) -> {
          if (count > 0) {
            problems.add("lease " + work + " held by both servers in " + count + " samples");
          }
        });
    if (unavailable.get() == 0) {
      problems.add("no request saw the database away: the restart did not happen under load");
    }
    if (unavailableWithoutHint.get() > 0) {
      problems.add(unavailableWithoutHint.get() + " answers while the database was away were not"
          + " the \"please try again\" page");
    }
    if (firstSuccessAfterOutage.get() < 0) {
      problems.add("no booking succeeded after the database restart");
    }
    log("figures: " + figures());
    problems.forEach(p -> log("FAILED: " + p));
    ok &= problems.isEmpty();
    log(ok ? "two-node run passed" : "two-node run FAILED");
    return ok;
  }

  String figures() {
    double outage = restartEnded < 0 ? 0 : (restartEnded - restartBegan) / 1e9;
    double recovery =
        firstSuccessAfterOutage.get() < 0 || restartEnded < 0
            ? -1
            : Math.max(0, (firstSuccessAfterOutage.get() - restartEnded) / 1e9);
    return String.format(
        "answers=%d bookings=%d repeats=%d (after the kill %d) 503-while-database-away=%d"
            + " general-error-page-while-database-away=%d"
            + " database-away=%.1fs first-booking-after-database-back=%.1fs",
        answered.get(),
        booked.size(),
        repeats.get(),
        repeatsAfterKill.get(),
        unavailable.get(),
        errorPageDuringOutage.get(),
        outage,
        recovery);
  }

  static String servers(List<Visitor> visitors) {
    return visitors.stream().map(Visitor::server).collect(Collectors.joining(" "));
  }

  static void shell(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
  }

  // --- checks against the database and the mail server

  Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("ops.jdbc"),
        System.getProperty("ops.db.user"),
        System.getProperty("ops.db.password"));
  }

  boolean checkBookings() throws SQLException {
    int missing = 0;
    int doubled = 0;
    int wrong = 0;
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select id from interpreter_request where client_reference = ? order by id")) {
      List<String> all;
      synchronized (attempted) {
        all = List.copyOf(attempted);
      }
      for (String reference : all) {
        query.setString(1, reference);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
        Long answer = booked.get(reference);
        if (ids.size() > 1) {
          doubled++;
          problems.add("booking " + reference + " stored " + ids.size() + " times: " + ids);
        } else if (answer != null && ids.isEmpty()) {
          missing++;
          problems.add("booking " + reference + " was answered as stored (" + answer + ") but is missing");
        } else if (answer != null && !ids.get(0).equals(answer)) {
          wrong++;
          problems.add("booking " + reference + " answered " + answer + " but stored as " + ids);
        }
      }
      log(
          "bookings: "
              + all.size()
              + " attempted, "
              + booked.size()
              + " answered as stored; in the database: missing "
              + missing
              + ", twice "
              + doubled
              + ", other "
              + wrong);
    }
    return missing == 0 && doubled == 0 && wrong == 0;
  }

  boolean checkMails() throws Exception {
    // the outbox is sent every few seconds: wait until nothing is waiting
    long pending = -1;
    for (int i = 0; i < 90; i++) {
      pending = count("select count(*) from outbox_message where status = 'PENDING'");
      if (pending == 0) {
        break;
      }
      Thread.sleep(1000);
    }
    Map<Long, String> status = new LinkedHashMap<>();
    try (Connection db = database();
        ResultSet rows =
            db.createStatement()
                .executeQuery("select id, status from outbox_message order by id")) {
      while (rows.next()) {
        status.put(rows.getLong(1), rows.getString(2));
      }
    }
    Map<Long, Integer> received = new HashMap<>();
    Pattern outboxId = Pattern.compile("<outbox-(\\d+)@");
    for (String line : Files.readAllLines(Path.of(System.getProperty("ops.smtp.log")))) {
      Matcher id = outboxId.matcher(line);
      if (id.find()) {
        received.merge(Long.parseLong(id.group(1)), 1, Integer::sum);
      }
    }
    int twice = 0;
    int lost = 0;
    int interrupted = 0;
    for (Map.Entry<Long, String> row : status.entrySet()) {
      int arrived = received.getOrDefault(row.getKey(), 0);
      if (arrived > 1) {
        twice++;
        problems.add("outbox mail " + row.getKey() + " arrived " + arrived + " times");
      }
      if (row.getValue().equals("SENT") && arrived == 0) {
        lost++;
        problems.add("outbox mail " + row.getKey() + " is marked sent but never arrived");
      }
      if (row.getValue().equals("SENDING")) {
        interrupted++;
      }
    }
    long sent = status.values().stream().filter("SENT"::equals).count();
    long urgent = 2L * booked.size();
    log(
        "mails: "
            + status.size()
            + " queued, "
            + sent
            + " sent, "
            + interrupted
            + " interrupted while being sent (not sent again), "
            + pending
            + " waiting; "
            + received.values().stream().mapToInt(Integer::intValue).sum()
            + " received; arrived twice "
            + twice
            + ", sent but never arrived "
            + lost
            + " (the urgent bookings alone asked for "
            + urgent
            + ")");
    if (pending != 0) {
      problems.add(pending + " mails still waiting");
    }
    if (status.size() < urgent) {
      problems.add("fewer mails queued than the urgent bookings asked for: " + status.size());
    }
    return lost == 0 && twice == 0 && pending == 0;
  }

  long count(String sql) throws SQLException {
    try (Connection db = database();
        ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // --- the servers' own figures

  String metrics(String node) {
    try {
      HttpResponse<String> answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(node + "/api/metrics"))
                      .timeout(Duration.ofSeconds(5))
                      .header("Authorization", "Bearer " + metricsToken)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 ? answer.body() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  long outboxRuns(String node) {
    Matcher runs =
        Pattern.compile("miadoki_scheduled_runs_total\\{work=\"outbox\"\\} (\\d+)")
            .matcher(metrics(node));
    return runs.find() ? Long.parseLong(runs.group(1)) : 0;
  }

  void sampleLeases(Map<String, Integer> overlaps, Map<String, Long> runsLast) {
    Map<String, Integer> holders = new HashMap<>();
    for (String node : nodes) {
      String figures = metrics(node);
      if (figures.isEmpty()) {
        continue;
      }
      Matcher runs =
          Pattern.compile("miadoki_scheduled_runs_total\\{work=\"outbox\"\\} (\\d+)")
              .matcher(figures);
      if (runs.find()) {
        runsLast.put(node, Long.parseLong(runs.group(1)));
      }
      Matcher held = Pattern.compile("miadoki_lease_held\\{work=\"([^\"]+)\"\\} 1").matcher(figures);
      while (held.find()) {
        holders.merge(held.group(1), 1, Integer::sum);
      }
    }
    holders.forEach((work, count) -> overlaps.merge(work, count > 1 ? 1 : 0, Integer::sum));
  }

  // --- one signed-in requester with a browser's cookie jar

  final class Visitor {

    final int number;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;
    int sequence;

    Visitor(int number) {
      this.number = number;
      this.http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }

    String server() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("NODE"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(
              cookies.getCookieStore().getCookies().stream()
                  .map(HttpCookie::getName)
                  .collect(Collectors.joining("+", "(", ")")));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
      try {
        return http.send(
            request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "de").build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }

    HttpResponse<String> get(String path) throws IOException {
      return send(HttpRequest.newBuilder(URI.create(lb + path)));
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException {
      return send(
          HttpRequest.newBuilder(URI.create(lb + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    Visitor login(String user) throws IOException {
      HttpResponse<String> form = get("/login.xhtml");
      Map<String, String> fields = formFields(form.body(), "login");
      fields.put("login:username", user);
      fields.put("login:password", PASSWORD);
      fields.put("login:submit", "");
      HttpResponse<String> answer = post("/login.xhtml", fields);
      if (answer.statusCode() != 302
          || answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
        throw new IllegalStateException("login of " + user + " answered " + answer.statusCode());
      }
      return this;
    }

    void checkStillSignedIn() {
      try {
        HttpResponse<String> page = get("/interpreting/requests.xhtml");
        if (page.statusCode() != 200) {
          problems.add("visitor " + number + " is no longer signed in: " + page.statusCode());
        }
      } catch (IOException e) {
        problems.add("visitor " + number + ": " + e);
      }
    }

    void work() {
      while (!stopping) {
        try {
          book();
        } catch (Exception e) {
          problems.add("visitor " + number + ": " + e);
          return;
        }
      }
    }

    /** One booking through the form: sent again until it has its answer. */
    void book() throws Exception {
      HttpResponse<String> page = null;
      for (int attempt = 0; attempt < 60 && page == null; attempt++) {
        try {
          page = get("/interpreting/request-new.xhtml");
          answered.incrementAndGet();
          if (page.statusCode() == 503) {
            sawUnavailable(page);
            page = null;
            Thread.sleep(1000);
          } else if (generalErrorPageDuringOutage(page)) {
            page = null;
            Thread.sleep(1000);
          } else if (page.statusCode() == 502 || page.statusCode() == 504) {
            page = null; // the load balancer lost the server mid-request
            Thread.sleep(500);
          } else if (page.statusCode() != 200) {
            throw new IllegalStateException(
                "the booking form answered " + page.statusCode() + " " + location(page));
          }
        } catch (IOException e) {
          page = null;
          Thread.sleep(500);
        }
      }
      if (page == null) {
        throw new IllegalStateException("the booking form did not come back");
      }
      String reference = String.format("K-%d%05d", number + 1, ++sequence);
      synchronized (attempted) {
        attempted.add(reference);
      }
      Map<String, String> fields = formFields(page.body(), "requestForm");
      LocalDate day = LocalDate.now().plusDays(10 + (number * 7L + sequence) % 40);
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      String start = day.atTime(8 + sequence % 8, (sequence * 5) % 60).format(DATE_TIME);
      fields.put("requestForm:startsAt_input", start);
      fields.put("requestForm:clientReference", reference);
      fields.put("requestForm:address", "Südwall 2-4, 44137 Dortmund");
      fields.put("requestForm:urgent_input", "on");
      fields.put("requestForm:urgencyReason", "Anhörung kurzfristig angesetzt (Lauf " + number + ")");
      fields.put("requestForm:save", "requestForm:save");
      boolean repeated = false;
      for (int attempt = 0; attempt < 120; attempt++) {
        HttpResponse<String> answer;
        try {
          answer = post("/interpreting/request-new.xhtml", fields);
        } catch (IOException e) {
          // the server went away before it answered: the same form again
          countRepeat();
          repeated = true;
          Thread.sleep(500);
          continue;
        }
        answered.incrementAndGet();
        String location = location(answer);
        if (answer.statusCode() == 302 && location.contains("request.xhtml?id=")) {
          long id = Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
          booked.put(reference, id);
          if (restartEnded > 0 && firstSuccessAfterOutage.get() < 0) {
            firstSuccessAfterOutage.compareAndSet(-1, System.nanoTime());
          }
          return;
        }
        if (answer.statusCode() == 302 && location.contains("login")) {
          throw new IllegalStateException("signed out by the portal (sent to " + location + ")");
        }
        if (answer.statusCode() == 503) {
          sawUnavailable(answer);
          countRepeat();
          repeated = true;
          Thread.sleep(1000);
          continue;
        }
        if (answer.statusCode() == 502 || answer.statusCode() == 504) {
          // the load balancer lost the server mid-request
          countRepeat();
          repeated = true;
          Thread.sleep(500);
          continue;
        }
        if (generalErrorPageDuringOutage(answer)) {
          countRepeat();
          repeated = true;
          Thread.sleep(1000);
          continue;
        }
        keep(answer, reference);
        throw new IllegalStateException(
            "booking "
                + reference
                + (repeated ? " (repeated)" : "")
                + " answered "
                + answer.statusCode()
                + " "
                + location
                + " "
                + messages(answer.body()));
      }
      throw new IllegalStateException("booking " + reference + " never got an answer");
    }

    /**
     * The portal's general error page ("Ein Fehler ist aufgetreten ... bitte erneut versuchen",
     * 500) while the database is stopping or starting: a failure the portal did not recognise as
     * the database being away. Counted in the figures and repeated like a 503; anything else
     * answered 500 fails the run.
     */
    boolean generalErrorPageDuringOutage(HttpResponse<String> answer) {
      long now = System.nanoTime();
      boolean inOutage =
          restartBegan > 0
              && now >= restartBegan
              && (restartEnded < 0 || now <= restartEnded + 5_000_000_000L);
      if (answer.statusCode() == 500
          && inOutage
          && answer.body().contains("Ein Fehler ist aufgetreten")
          && !answer.body().contains("Exception")) {
        errorPageDuringOutage.incrementAndGet();
        return true;
      }
      return false;
    }

    /** An unexpected answer, kept in full for a look at it (target/ops/unexpected-*.html). */
    void keep(HttpResponse<String> answer, String reference) {
      String dir = System.getProperty("ops.unavailable.page");
      if (dir != null) {
        try {
          Files.writeString(
              Path.of(dir).resolveSibling("unexpected-" + reference + ".html"), answer.body());
        } catch (IOException e) {
          log("could not keep the answer: " + e);
        }
      }
    }

    void countRepeat() {
      repeats.incrementAndGet();
      if (killedAt > 0 && restartBegan < 0) {
        repeatsAfterKill.incrementAndGet();
      }
    }

    void sawUnavailable(HttpResponse<String> answer) {
      unavailable.incrementAndGet();
      firstUnavailableAt.compareAndSet(-1, System.nanoTime());
      lastUnavailableAt.set(System.nanoTime());
      if (!answer.body().contains("Bitte gleich noch einmal versuchen")) {
        unavailableWithoutHint.incrementAndGet();
      } else if (System.getProperty("ops.unavailable.page") != null) {
        // the page as the requester saw it, for a look at it afterwards
        try {
          Path page = Path.of(System.getProperty("ops.unavailable.page"));
          if (!Files.exists(page)) {
            Files.writeString(page, answer.body());
          }
        } catch (IOException e) {
          log("could not keep the 503 page: " + e);
        }
      }
    }
  }

  static String location(HttpResponse<String> answer) {
    return answer.headers().firstValue("Location").orElse("");
  }

  static String messages(String body) {
    Matcher m = Pattern.compile("ui-message-error-detail\">([^<]+)<").matcher(body);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found.isEmpty() ? body.substring(0, Math.min(300, body.length())) : found.toString();
  }

  /**
   * The fields a browser sends with the form {@code formId} as the page has it filled in: text
   * inputs and hidden fields with their values, the chosen (or else first non-empty) option of
   * each select, checked boxes and radio buttons; plus the page's script nonce.
   */
  static Map<String, String> formFields(String page, String formId) {
    int from = page.indexOf("<form id=\"" + formId + "\"");
    if (from < 0) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    String form = page.substring(from, page.indexOf("</form>", from));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      String name = a.get("name");
      String type = a.getOrDefault("type", "text");
      if (name == null || type.equals("submit") || type.equals("button")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
        continue;
      }
      fields.put(name, unescape(a.getOrDefault("value", "")));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String name = attributes(select.group(1)).get("name");
      String chosen = null;
      String firstNonEmpty = null;
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Map<String, String> a = attributes(option.group(1));
        String value = unescape(a.getOrDefault("value", ""));
        if (a.containsKey("selected")) {
          chosen = value;
        }
        if (firstNonEmpty == null && !value.isEmpty()) {
          firstNonEmpty = value;
        }
      }
      if (name != null) {
        fields.put(
            name,
            chosen != null && !chosen.isEmpty()
                ? chosen
                : firstNonEmpty == null ? "" : firstNonEmpty);
      }
    }
    Matcher textarea =
        Pattern.compile("<textarea\\b([^>]*)>([^<]*)</textarea>", Pattern.DOTALL).matcher(form);
    while (textarea.find()) {
      String name = attributes(textarea.group(1)).get("name");
      if (name != null) {
        fields.put(name, unescape(textarea.group(2)));
      }
    }
    Matcher state = VIEW_STATE.matcher(page);
    if (state.find()) {
      fields.put("jakarta.faces.ViewState", unescape(state.group(1)));
    }
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  static Map<String, String> attributes(String tag) {
    Map<String, String> found = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    while (a.find()) {
      found.put(a.group(1), a.group(2));
    }
    for (String flag : List.of("checked", "selected")) {
      if (Pattern.compile("\\b" + flag + "\\b").matcher(tag).find()) {
        found.putIfAbsent(flag, flag);
      }
    }
    return found;
  }

  static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
