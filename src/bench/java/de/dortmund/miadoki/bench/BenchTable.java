package de.dortmund.miadoki.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The Markdown table of a load run ({@code bench/results-<label>.md}): throughput and percentiles
 * per page (each the median of the rounds that measured the page), each against the trivial page (the floor) and, for runs on more data, against the
 * 1-year table; then what the probes measured inside the server.
 */
final class BenchTable {

  static final String FLOOR = "Trivial page (floor)";

  private BenchTable() {}

  record Row(double throughput, double p50, double p95, double p99, long errors, long session) {}

  /** The key of a phase's figures in one round. */
  static String roundOf(String phase, int round) {
    return phase + " #" + round;
  }

  static String write(
      String label,
      int users,
      Duration measured,
      int rounds,
      Map<String, PortalSimulation.Phase> figures,
      List<String> phases,
      Map<String, String> probes)
      throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String phase : phases) {
      List<Row> measuredRounds = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        PortalSimulation.Phase f = figures.get(roundOf(phase, round));
        if (f == null) {
          throw new IllegalStateException("Nothing was measured for " + phase + " in round " + round);
        }
        double[] sorted = f.millis.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        measuredRounds.add(
            new Row(
                sorted.length / (double) measured.toSeconds(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                f.errors.get(),
                f.largestSession.get()));
      }
      // each figure's median over the rounds; errors of all rounds together
      rows.put(
          phase,
          new Row(
              median(measuredRounds, Row::throughput),
              median(measuredRounds, Row::p50),
              median(measuredRounds, Row::p95),
              median(measuredRounds, Row::p99),
              measuredRounds.stream().mapToLong(Row::errors).sum(),
              measuredRounds.stream().mapToLong(Row::session).max().orElse(0)));
    }
    Row floor = rows.get(FLOOR);
    Map<String, Double> oneYear =
        label.equals("1y") ? Map.of() : p95Of(Path.of("bench", "results-1y.md"));

    StringBuilder out = new StringBuilder();
    out.append("### ")
        .append(label)
        .append(" (")
        .append(LocalDate.now())
        .append(", ")
        .append(users)
        .append(" users, ")
        .append(measured.toSeconds())
        .append(" s per page, median of ")
        .append(rounds)
        .append(rounds == 1 ? " round" : " rounds")
        .append(", Gatling)\n\n");
    out.append("| page | req/s | p50 ms | p95 ms | p99 ms | throughput / floor | p95 / floor p95 |")
        .append(oneYear.isEmpty() ? "" : " p95 / 1y p95 |")
        .append(" session KB | errors |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|")
        .append(oneYear.isEmpty() ? "" : "---:|")
        .append("---:|---:|\n");
    rows.forEach(
        (page, r) -> {
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %.0f | %.0f | %.0f | %.2f | %.2f |",
                  page,
                  r.throughput(),
                  r.p50(),
                  r.p95(),
                  r.p99(),
                  r.throughput() / floor.throughput(),
                  r.p95() / floor.p95()));
          if (!oneYear.isEmpty()) {
            Double before = oneYear.get(page);
            out.append(
                before == null ? " – |" : String.format(Locale.ROOT, " %.2f |", r.p95() / before));
          }
          out.append(String.format(Locale.ROOT, " %.1f |", r.session() / 1024.0));
          out.append(' ').append(r.errors()).append(" |\n");
        });

    long session =
        probes.entrySet().stream()
            .filter(e -> e.getKey().startsWith("session."))
            .mapToLong(e -> parseSession(e.getKey(), e.getValue()))
            .max()
            .orElseThrow(() -> new IllegalStateException("No session was measured"));
    // and every phase's users, whatever their role
    session = Math.max(session, rows.values().stream().mapToLong(Row::session).max().orElse(0));
    String[] ranking = probes.getOrDefault("ranking", "0 0 0").split(" ");
    out.append(
        String.format(
            Locale.ROOT,
            "%nCandidate ranking for one request (in the server, 200 runs): p50 %s ms, p95 %s ms,"
                + " %s eligible.%n",
            ranking[0],
            ranking[1],
            ranking[2]));
    out.append(
        String.format(
            Locale.ROOT,
            "Session state per user (largest of every phase's users and the probes, serialized): %.1f KB. Heap after the run: %d MB.%n",
            session / 1024.0,
            Long.parseLong(probes.getOrDefault("heap", "0")) / (1024 * 1024)));
    String table = out.toString();
    // a run of some phases only does not replace the table of all
    Path file =
        phases.equals(PortalSimulation.ALL_PHASES)
            ? Path.of("bench", "results-" + label + ".md")
            : Path.of("target", "results-" + label + "-some-phases.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table);
    if (probes.containsKey("sessionDetail")) {
      // what the largest views hold, for finding what makes a session big
      Path detail = Path.of("target", "gatling", "session-" + label + ".txt");
      Files.createDirectories(detail.getParent());
      Files.writeString(detail, probes.get("sessionDetail"));
    }
    return table;
  }

  private static long parseSession(String user, String answer) {
    if (answer.startsWith("-1")) {
      throw new IllegalStateException(
          "The session of " + user + " cannot be written out: " + answer.substring(2));
    }
    return Long.parseLong(answer);
  }

  private static double median(List<Row> rounds, ToDoubleFunction<Row> figure) {
    double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
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
}
