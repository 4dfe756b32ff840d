package de.dortmund.miadoki.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PortalUserTest {

  private static final Instant NOW = Instant.parse("2026-03-29T00:30:00Z");

  private static PortalUser user() {
    return new PortalUser("a", "A", "a@x", "hash", null, EnumSet.of(Role.STAFF), NOW);
  }

  @Test
  void failuresAreCountedUntilASuccessfulLoginOrANewPassword() {
    PortalUser user = user();
    for (int i = 0; i < 7; i++) {
      user.recordFailedLogin(NOW);
    }
    assertThat(user.getFailedLogins()).isEqualTo(7);
    user.recordSuccessfulLogin(NOW);
    assertThat(user.getFailedLogins()).isZero();
    assertThat(user.getLastLogin()).isEqualTo(NOW);
    user.recordFailedLogin(NOW);
    user.changePassword("new", java.time.Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(user.getFailedLogins()).isZero();
  }

  @Test
  void rolesAreCopiedNotShared() {
    EnumSet<Role> roles = EnumSet.of(Role.JUROR);
    PortalUser user = new PortalUser("j", "J", "j@x", "h", null, roles, NOW);
    roles.add(Role.ADMIN);
    assertThat(user.hasRole(Role.ADMIN)).isFalse();
    user.getRoles().add(Role.ADMIN);
    assertThat(user.hasRole(Role.ADMIN)).isFalse();
  }
}
