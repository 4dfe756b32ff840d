package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientReferencesTest {

  @Test
  void caseSpacesAndHyphensDoNotMatter() {
    assertThat(ClientReferences.key("ja-2026 0815")).isEqualTo("JA20260815");
    assertThat(ClientReferences.key(" JA‑2026‑0815 ")).isEqualTo("JA20260815");
    assertThat(ClientReferences.key("Ja 2026-08-15")).isEqualTo(ClientReferences.key("ja20260815"));
  }

  @Test
  void otherCharactersStillCount() {
    assertThat(ClientReferences.key("JA/2026/0815"))
        .isNotEqualTo(ClientReferences.key("JA20260815"));
    assertThat(ClientReferences.key("JA-2026-0816"))
        .isNotEqualTo(ClientReferences.key("JA-2026-0815"));
    assertThat(ClientReferences.key(null)).isNull();
  }
}
