package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down guessing at the login, counted in the database (so it holds with several servers):
 *
 * <ul>
 *   <li>per account and client address: from the third failure within {@link #WINDOW} on, the next
 *       attempt from that address waits 2, 4, 8 ... seconds (at most {@link #LONGEST_WAIT}). A
 *       stranger's failures slow down only the stranger's address: the colleague signs in from
 *       another one at once;
 *   <li>per client address over all accounts: after {@value #CLIENT_LIMIT} failures within {@link
 *       #WINDOW} the address waits until the window has passed (one password sprayed over many
 *       accounts).
 * </ul>
 *
 * Unknown names count like known ones; names and addresses are stored only as hashes.
 */
@ApplicationScoped
public class LoginThrottle {

  static final String PAIR = "login-pair";
  static final String CLIENT = "login-client";
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  static final int FREE_FAILURES = 2;
  static final int CLIENT_LIMIT = 30;

  @Inject RequestThrottle counts;
  @Inject Clock clock;

  /** Whether an attempt may be checked now, else how long to wait. */
  public record Verdict(Duration delay) {
    public boolean allowed() {
      return delay.isZero();
    }
  }

  public Verdict admit(String username, String client) {
    Instant now = clock.instant();
    String pair = pair(username, client);
    int failures = counts.recent(PAIR, pair, WINDOW);
    if (failures > FREE_FAILURES) {
      Optional<Instant> latest = counts.latest(PAIR, pair);
      if (latest.isPresent()) {
        Instant until = latest.get().plus(waitAfter(failures));
        if (until.isAfter(now)) {
          return new Verdict(Duration.between(now, until));
        }
      }
    }
    if (counts.recent(CLIENT, client, WINDOW) >= CLIENT_LIMIT) {
      return new Verdict(WINDOW);
    }
    return new Verdict(Duration.ZERO);
  }

  public void failed(String username, String client) {
    counts.record(PAIR, pair(username, client));
    counts.record(CLIENT, client);
  }

  /** A successful sign-in forgets this address's failures for the account. */
  public void succeeded(String username, String client) {
    counts.forget(PAIR, pair(username, client));
  }

  /** The wait after {@code failures} failures: 2 s after the third, doubling, at most 15 min. */
  static Duration waitAfter(int failures) {
    if (failures <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    return Duration.ofSeconds(Math.min(1L << doublings, LONGEST_WAIT.toSeconds()));
  }

  private static String pair(String username, String client) {
    return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + client;
  }
}
