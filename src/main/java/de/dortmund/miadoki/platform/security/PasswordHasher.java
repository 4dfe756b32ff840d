package de.dortmund.miadoki.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 hashes through the container's Jakarta Security implementation. */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  private final java.util.concurrent.atomic.AtomicLong verifications =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile String unusable;

  public boolean matches(String password, String storedHash) {
    verifications.incrementAndGet();
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** A hash no password matches, to check against when there is no account: the same cost. */
  public String unusable() {
    if (unusable == null) {
      unusable = hash(java.util.UUID.randomUUID() + "-" + System.nanoTime());
    }
    return unusable;
  }

  /** How many passwords were checked since the server started (for the tests of equal cost). */
  public long verifications() {
    return verifications.get();
  }
}
