package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an account allows right now (active, roles, when its credentials last changed), read from
 * the database and kept for a few seconds ({@code miadoki.session.check.seconds}, default 10): so a
 * deactivation, a change of roles or a new password reaches every open session, on every server,
 * within that time, without a query per request.
 */
@ApplicationScoped
public class AccountStates {

  /** The account as open sessions see it. */
  public record AccountState(boolean active, Set<Role> roles, Instant credentialsChangedAt) {}

  private static final int MAX_KEPT = 20_000;

  private record Cached(Optional<AccountState> state, Instant readAt) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Duration maxAge =
      Duration.ofSeconds(Long.getLong("miadoki.session.check.seconds", 10));

  /** The state of the portal account with this user name; empty if there is none. */
  @Transactional
  public Optional<AccountState> of(String username) {
    Instant now = clock.instant();
    Cached cached = cache.get(username);
    if (cached != null && now.isBefore(cached.readAt().plus(maxAge))) {
      return cached.state();
    }
    Optional<AccountState> state =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .map(
                u ->
                    new AccountState(
                        u.isActive(),
                        u.getRoles().isEmpty()
                            ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(u.getRoles()),
                        u.getCredentialsChangedAt()));
    if (cache.size() > MAX_KEPT) {
      cache.clear(); // bounded: read again on the next request of each
    }
    cache.put(username, new Cached(state, now));
    return state;
  }

  /** Forgets what is kept of an account this server just changed: its sessions see it at once. */
  public void forget(String username) {
    cache.remove(username);
  }
}
