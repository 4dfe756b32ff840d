package de.dortmund.miadoki.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

  @Test
  void tokensAreUrlSafeDistinctAndOnlyTheirHashIsKept() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SecretTokens.newToken();
      assertThat(SecretTokens.isWellFormed(token)).isTrue();
      assertThat(seen.add(token)).isTrue();
      assertThat(SecretTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    }
    String token = SecretTokens.newToken();
    assertThat(SecretTokens.hash(token)).isEqualTo(SecretTokens.hash(token));
  }

  @Test
  void anythingElseIsNotAToken() {
    assertThat(SecretTokens.isWellFormed(null)).isFalse();
    assertThat(SecretTokens.isWellFormed("")).isFalse();
    assertThat(SecretTokens.isWellFormed("abc")).isFalse();
    assertThat(SecretTokens.isWellFormed("' or 1=1 --" + "x".repeat(32))).isFalse();
  }
}
