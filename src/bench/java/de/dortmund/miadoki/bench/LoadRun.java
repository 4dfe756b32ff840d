package de.dortmund.miadoki.bench;

import java.io.IOException;
import java.net.CookieManager;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load run: 32 virtual users, each logged in with an account of its own, walk the portal's
 * pages with their real Faces requests (view state, AJAX paging, "why not?", calendar events).
 * Every page is measured in a phase of its own, next to a trivial Faces page behind the same login
 * (the floor of the stack); the results are written as a Markdown table.
 *
 * <p>Usage: {@code LoadRun <base-url> <jdbc-url> <db-user> <db-password> <label> [seconds]}
 */
public final class LoadRun {

  static final int USERS = 32;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final String base;
  private final int seconds;
  private final List<Long> openRequests = new ArrayList<>();
  private final List<Long> interpreters = new ArrayList<>();

  private LoadRun(String base, int seconds) {
    this.base = base.replaceAll("/$", "");
    this.seconds = seconds;
  }

  public static void main(String[] args) throws Exception {
    LoadRun run = new LoadRun(args[0], args.length > 5 ? Integer.parseInt(args[5]) : 20);
    run.readIds(args[1], args[2], args[3]);
    String label = args[4];
    Map<String, Result> results = run.measure();
    String table = run.report(label, results);
    System.out.println(table);
    Path file = Path.of("bench", "results-" + label + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table);
  }

  private void readIds(String url, String user, String password) throws Exception {
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
    }
    if (openRequests.isEmpty()) {
      throw new IllegalStateException("No open requests to rank candidates for");
    }
  }

  /** One measured operation of a phase; it returns false when the server's answer was wrong. */
  interface Operation {
    boolean run(User user) throws Exception;
  }

  private Map<String, Result> measure() throws Exception {
    Map<String, Operation> phases = new LinkedHashMap<>();
    phases.put("Trivial page (floor)", u -> u.get("/bench/floor.xhtml").contains("Floor"));
    phases.put("Request list (coordinator)", u -> u.get("/interpreting/requests.xhtml").contains("requests:table"));
    phases.put("Request list: next page (AJAX)", u -> u.page("/interpreting/requests.xhtml", "requests", "requests:table"));
    phases.put("Interpreter list", u -> u.get("/interpreting/interpreters.xhtml").contains("interpreters:table"));
    phases.put("Interpreter list: next page (AJAX)", u -> u.page("/interpreting/interpreters.xhtml", "interpreters", "interpreters:table"));
    phases.put("Candidate ranking (request page)", u -> u.get("/interpreting/request.xhtml?id=" + u.pick(openRequests)).contains("candidates:table"));
    phases.put("Why not? (AJAX)", u -> u.whyNot(u.pick(openRequests), u.pick(interpreters)));
    phases.put("Pool calendar: week's events (AJAX)", User::calendarWeek);
    phases.put("Reports (year by month)", u -> u.get("/interpreting/reports.xhtml").contains("report:figures"));
    phases.put("Request list (requester)", u -> u.get(u.requester, "/interpreting/requests.xhtml").contains("requests:table"));

    List<User> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(new User(base, i));
    }
    System.out.println("logging in " + USERS + " coordinators and " + USERS + " requesters");
    for (User u : users) {
      u.login();
    }
    Map<String, Result> results = new LinkedHashMap<>();
    for (Map.Entry<String, Operation> phase : phases.entrySet()) {
      Result r = phase(users, phase.getValue());
      System.out.printf(
          Locale.ROOT, "%-40s %8.1f/s p50 %6.1f p95 %6.1f p99 %6.1f ms (%d errors)%n",
          phase.getKey(), r.throughput, r.p50, r.p95, r.p99, r.errors);
      results.put(phase.getKey(), r);
    }
    long session = 0;
    User largest = users.get(0);
    for (User u : users) {
      String answer = u.get("/bench-probe/session").trim();
      if (answer.startsWith("-1")) {
        throw new IllegalStateException("Session cannot be written out: " + answer.substring(2));
      }
      long bytes = Long.parseLong(answer);
      if (bytes > session) {
        session = bytes;
        largest = u;
      }
    }
    System.out.println("largest session, by attribute:\n" + largest.get("/bench-probe/session-detail"));
    long heap = Long.parseLong(users.get(0).get("/bench-probe/heap").trim());
    String[] ranking =
        users.get(0).get("/bench-probe/ranking?request=" + openRequests.get(0) + "&runs=200").trim().split(" ");
    results.put("session", new Result(0, 0, 0, 0, session, 0));
    results.put("heap", new Result(0, 0, 0, 0, heap, 0));
    results.put(
        "ranking",
        new Result(0, Double.parseDouble(ranking[0]), Double.parseDouble(ranking[1]), 0, Long.parseLong(ranking[2]), 0));
    return results;
  }

  record Result(double throughput, double p50, double p95, double p99, long count, long errors) {}

  /** All users run the operation for a warm-up and then for the measured seconds. */
  private Result phase(List<User> users, Operation operation) throws InterruptedException {
    AtomicBoolean measuring = new AtomicBoolean(false);
    java.util.concurrent.atomic.AtomicReference<String> firstError =
        new java.util.concurrent.atomic.AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean(false);
    List<List<Double>> times = new ArrayList<>();
    long[] errors = new long[users.size()];
    CountDownLatch done = new CountDownLatch(users.size());
    for (int i = 0; i < users.size(); i++) {
      List<Double> mine = new ArrayList<>();
      times.add(mine);
      User user = users.get(i);
      int index = i;
      new Thread(
              () -> {
                try {
                  while (!stop.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                      ok = operation.run(user);
                      if (!ok) {
                        firstError.compareAndSet(null, "unexpected answer");
                      }
                    } catch (Exception e) {
                      ok = false;
                      firstError.compareAndSet(null, e.toString());
                    }
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (measuring.get()) {
                      mine.add(ms);
                      if (!ok) {
                        errors[index]++;
                      }
                    }
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    Thread.sleep(5_000);
    measuring.set(true);
    long from = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    double elapsed = (System.nanoTime() - from) / 1e9;
    stop.set(true);
    done.await();
    if (firstError.get() != null) {
      StringBuilder who = new StringBuilder();
      for (int i = 0; i < errors.length; i++) {
        if (errors[i] > 0) {
          who.append(' ').append(users.get(i).name()).append('=').append(errors[i]);
        }
      }
      System.out.println("  first error: " + firstError.get() + "; errors by user:" + who);
    }
    double[] all = times.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(all);
    return new Result(
        all.length / elapsed,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        all.length,
        Arrays.stream(errors).sum());
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
  }

  private String report(String label, Map<String, Result> results) throws IOException {
    Result floor = results.get("Trivial page (floor)");
    Path other = Path.of("bench", "results-1y.md");
    Map<String, Double> oneYear = label.equals("1y") ? Map.of() : p95Of(other);
    StringBuilder out = new StringBuilder();
    out.append("### ").append(label).append(" (").append(LocalDate.now()).append(", ")
        .append(USERS).append(" users, ").append(seconds).append(" s per page)\n\n");
    out.append("| page | req/s | p50 ms | p95 ms | p99 ms | throughput / floor | p95 / floor p95 |")
        .append(oneYear.isEmpty() ? "" : " p95 / 1y p95 |").append(" errors |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|").append(oneYear.isEmpty() ? "" : "---:|").append("---:|\n");
    for (Map.Entry<String, Result> e : results.entrySet()) {
      if (e.getValue().throughput() == 0) {
        continue;
      }
      Result r = e.getValue();
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |",
          e.getKey(), r.throughput(), r.p50(), r.p95(), r.p99(),
          r.throughput() / floor.throughput(), r.p95() / floor.p95()));
      if (!oneYear.isEmpty()) {
        Double before = oneYear.get(e.getKey());
        out.append(before == null ? " – |" : String.format(Locale.ROOT, " %.2f |", r.p95() / before));
      }
      out.append(" ").append(r.errors()).append(" |\n");
    }
    Result ranking = results.get("ranking");
    out.append(String.format(Locale.ROOT,
        "%nCandidate ranking for one request (in the server, 200 runs): p50 %.2f ms, p95 %.2f ms, %d eligible.%n",
        ranking.p50(), ranking.p95(), ranking.count()));
    out.append(String.format(Locale.ROOT,
        "Session state per user (largest, serialized): %.1f KB. Heap after the run: %d MB.%n",
        results.get("session").count() / 1024.0, results.get("heap").count() / (1024 * 1024)));
    return out.toString();
  }

  /** The p95 column of an earlier run's table, by page. */
  private static Map<String, Double> p95Of(Path file) throws IOException {
    Map<String, Double> p95 = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return p95;
    }
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\\|");
      if (cells.length > 5 && !cells[1].isBlank() && cells[4].trim().matches("[0-9.]+")) {
        p95.put(cells[1].trim(), Double.parseDouble(cells[4].trim()));
      }
    }
    return p95;
  }

  /** A virtual user: a coordinator session and, for the requester's page, a requester session. */
  static final class User {
    private final String base;
    private final int index;
    private final Random random;
    private final HttpClient coordinator;
    final HttpClient requester;
    private final Map<String, String[]> forms = new LinkedHashMap<>();
    private int page;

    User(String base, int index) {
      this.base = base;
      this.index = index;
      this.random = new Random(index);
      this.coordinator = client();
      this.requester = client();
    }

    private static HttpClient client() {
      return HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    }

    void login() throws Exception {
      signInChecked(coordinator, "bench-koord-" + (index + 1));
      signInChecked(requester, "bench-anfrage-" + (index + 1));
    }

    /** Signs in, and again (up to three times) if the session did not get the role's pages. */
    private void signInChecked(HttpClient client, String username) throws Exception {
      for (int attempt = 1; ; attempt++) {
        try {
          signIn(client, username);
          return;
        } catch (IOException | IllegalStateException e) {
          System.out.println("  sign-in of " + username + " again: " + e.getMessage());
          if (attempt == 3) {
            throw e;
          }
        }
      }
    }

    private void signIn(HttpClient client, String username) throws Exception {
      String page = get(client, "/login.xhtml");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("login", "login");
      form.put("login:username", username);
      form.put("login:password", Generate.PASSWORD);
      form.put("login:submit", "");
      form.put("jakarta.faces.ViewState", viewState(page));
      String answer = post(client, "/login.xhtml", form, false);
      // signed in means: the home page with the person's own menu
      if (answer.contains("login:password") || !answer.contains("mainMenu")) {
        throw new IllegalStateException("Login failed for " + username);
      }
      String probe = get(client, "/interpreting/requests.xhtml");
      if (!probe.contains("requests:table")) {
        throw new IllegalStateException("Signed in without the role's pages: " + username);
      }
    }

    String name() {
      return "bench-koord-" + (index + 1);
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    String get(String path) throws Exception {
      return get(coordinator, path);
    }

    String get(HttpClient client, String path) throws Exception {
      HttpResponse<String> response =
          client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + ": " + response.statusCode());
      }
      return response.body();
    }

    String post(String path, Map<String, String> form, boolean ajax) throws Exception {
      return post(coordinator, path, form, ajax);
    }

    String post(HttpClient client, String path, Map<String, String> form, boolean ajax)
        throws Exception {
      StringBuilder body = new StringBuilder();
      for (Map.Entry<String, String> e : form.entrySet()) {
        if (body.length() > 0) {
          body.append('&');
        }
        body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + ": " + response.statusCode());
      }
      // an error in an AJAX request answers 200 with the error page in place of the whole view
      if (ajax && response.body().contains("jakarta.faces.ViewRoot")) {
        throw new IOException(path + ": error page");
      }
      return response.body();
    }

    private static String viewState(String page) {
      Matcher m = VIEW_STATE.matcher(page);
      if (!m.find()) {
        throw new IllegalStateException("No view state");
      }
      return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** View state and CSP nonce of a page, fetched once per user; AJAX requests need both. */
    private String[] formOf(String path) throws Exception {
      String[] form = forms.get(path);
      if (form == null) {
        String page = get(path);
        form = new String[] {viewState(page), nonce(page)};
        forms.put(path, form);
      }
      return form;
    }

    private static String nonce(String page) {
      Matcher m = NONCE.matcher(page);
      return m.find() ? m.group(1) : "";
    }

    /** Pages through a lazy table with the AJAX request PrimeFaces sends for "next page". */
    boolean page(String path, String form, String table) throws Exception {
      page = (page + 1) % 4;
      Map<String, String> params = ajax(form, table, table, table, formOf(path));
      params.put(table + "_pagination", "true");
      params.put(table + "_first", String.valueOf(page * 25));
      params.put(table + "_rows", "25");
      params.put(table + "_skipChildren", "true");
      params.put(table + "_encodeFeature", "true");
      return post(path, params, true).contains("<partial-response");
    }

    boolean whyNot(long request, long interpreter) throws Exception {
      String path = "/interpreting/request.xhtml?id=" + request;
      String page = get(path);
      Map<String, String> params =
          ajax(
              "whyNotForm",
              "whyNotForm:explain",
              "whyNotForm",
              "whyNotForm",
              new String[] {viewState(page), nonce(page)});
      params.put("whyNotForm:explain", "whyNotForm:explain");
      params.put("whyNotForm:interpreter_input", "x");
      params.put("whyNotForm:interpreter_hinput", String.valueOf(interpreter));
      String answer = post(path, params, true);
      return answer.contains("whyNotForm");
    }

    boolean calendarWeek() throws Exception {
      String path = "/interpreting/calendar.xhtml";
      Map<String, String> params =
          ajax("calendar", "calendar:schedule", "calendar:schedule", "calendar:schedule", formOf(path));
      Instant monday = LocalDate.now().minusDays(random.nextInt(300)).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      params.put("calendar:schedule_event", "true");
      params.put("calendar:schedule_start", monday.toString());
      params.put("calendar:schedule_end", monday.plus(Duration.ofDays(7)).toString());
      return post(path, params, true).contains("\"events\"");
    }

    private static Map<String, String> ajax(
        String form, String source, String execute, String render, String[] state) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("jakarta.faces.partial.ajax", "true");
      params.put("jakarta.faces.source", source);
      params.put("jakarta.faces.partial.execute", execute);
      params.put("jakarta.faces.partial.render", render);
      params.put(form, form);
      params.put("jakarta.faces.ViewState", state[0]);
      params.put("primefaces.nonce", state[1]);
      return params;
    }
  }
}
