package de.dortmund.miadoki.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain rules around signing in: the throttle's waits, which forwarded address counts, where
 * the login may return to, and the sessions' absolute lifetime.
 */
class SignInRulesTest {

  @Test
  void theWaitGrowsFromTheThirdFailureAndStopsAtFifteenMinutes() {
    assertThat(LoginThrottle.waitAfter(0)).isZero();
    assertThat(LoginThrottle.waitAfter(2)).isZero();
    assertThat(LoginThrottle.waitAfter(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.waitAfter(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(LoginThrottle.waitAfter(8)).isEqualTo(Duration.ofSeconds(64));
    assertThat(LoginThrottle.waitAfter(12)).isEqualTo(Duration.ofMinutes(15));
    assertThat(LoginThrottle.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theForwardedAddressCountsOnlyFromATrustedProxy() {
    List<String> proxies = List.of("10.0.0.5", "10.0.0.6");
    // straight from a browser: its own header is ignored
    assertThat(ClientAddresses.of("192.0.2.10", "203.0.113.9", proxies)).isEqualTo("192.0.2.10");
    // through the load balancer: the nearest address that is not a proxy of ours
    assertThat(ClientAddresses.of("10.0.0.5", "203.0.113.9", proxies)).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.of("10.0.0.5", "198.51.100.1, 203.0.113.9, 10.0.0.6", proxies))
        .isEqualTo("203.0.113.9");
    // a made-up first entry does not help a client behind the proxy pick another address
    assertThat(ClientAddresses.of("10.0.0.5", "1.2.3.4,203.0.113.9", proxies))
        .isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.of("10.0.0.5", null, proxies)).isEqualTo("10.0.0.5");
    assertThat(ClientAddresses.of("10.0.0.5", "203.0.113.9", List.of())).isEqualTo("10.0.0.5");
  }

  @Test
  void theLoginReturnsOnlyToAPathOfItsOwn() {
    assertThat(FormLogin.isOwnPath("/interpreting/requests.xhtml?status=NEW", "")).isTrue();
    assertThat(FormLogin.isOwnPath("/portal/index.xhtml", "/portal")).isTrue();
    assertThat(FormLogin.isOwnPath("//evil.example/x", "")).isFalse();
    assertThat(FormLogin.isOwnPath("/\\evil.example/x", "")).isFalse();
    assertThat(FormLogin.isOwnPath("/portal//evil.example/x", "/portal")).isFalse();
    assertThat(FormLogin.isOwnPath("https://evil.example/", "")).isFalse();
    assertThat(FormLogin.isOwnPath("/other/index.xhtml", "/portal")).isFalse();
    assertThat(FormLogin.isOwnPath("/index.xhtml\r\nSet-Cookie: x=y", "")).isFalse();
  }

  @Test
  void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
    Instant signedIn = Instant.parse("2026-12-02T07:00:00Z");
    Duration tenHours = Duration.ofHours(10);
    assertThat(SessionGuard.tooOld(signedIn, signedIn.plus(Duration.ofHours(9)), tenHours))
        .isFalse();
    assertThat(SessionGuard.tooOld(signedIn, signedIn.plus(tenHours), tenHours)).isTrue();
    assertThat(SessionGuard.maxLifetime()).isEqualTo(tenHours);
  }
}
