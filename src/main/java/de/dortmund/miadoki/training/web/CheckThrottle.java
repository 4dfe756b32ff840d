package de.dortmund.miadoki.training.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client may check certificate codes: {@value #LIMIT} checks per {@link #WINDOW}.
 * With codes of about 99 random bits, this makes trying codes out hopeless; a person checking a
 * handful of certificates never meets the limit.
 */
@ApplicationScoped
public class CheckThrottle {

  static final int LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_CLIENTS = 10_000;

  @Inject Clock clock;

  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  public boolean allow(String client) {
    Instant now = clock.instant();
    if (recent.size() > MAX_CLIENTS) {
      recent.clear(); // a flood of addresses must not fill the memory
    }
    Deque<Instant> times = recent.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= LIMIT) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
