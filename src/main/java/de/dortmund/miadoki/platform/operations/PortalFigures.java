package de.dortmund.miadoki.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this server counted since it started, for IT's monitoring ({@code /api/metrics}): answered
 * requests by status class, and the runs and failures of each scheduled work. Counters only grow;
 * the monitoring computes rates from them.
 */
@ApplicationScoped
public class PortalFigures {

  private final LongAdder[] requestsByClass = {
    new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()
  };
  private final Map<String, LongAdder> runs = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

  /** One answered request with this HTTP status. */
  public void answered(int status) {
    int type = status / 100;
    if (type >= 1 && type <= 5) {
      requestsByClass[type - 1].increment();
    }
  }

  /** One run of a scheduled work on this server; {@code failed} when it threw. */
  public void ran(String work, boolean failed) {
    runs.computeIfAbsent(work, w -> new LongAdder()).increment();
    if (failed) {
      failures.computeIfAbsent(work, w -> new LongAdder()).increment();
    }
  }

  /** Answered requests of the class {@code 1..5} (1xx .. 5xx). */
  public long requests(int statusClass) {
    return requestsByClass[statusClass - 1].sum();
  }

  public Map<String, Long> runs() {
    Map<String, Long> result = new java.util.TreeMap<>();
    runs.forEach((work, count) -> result.put(work, count.sum()));
    return result;
  }

  public long failures(String work) {
    LongAdder count = failures.get(work);
    return count == null ? 0 : count.sum();
  }
}
