package de.dortmund.miadoki.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

  @Test
  void aNewMessageIsDueAtOnce() {
    OutboxMessage message = new OutboxMessage("a@x", "s", "b", NOW);
    assertThat(message.isDueAt(NOW)).isTrue();
    assertThat(message.isDueAt(NOW.minusSeconds(1))).isFalse();
  }

  @Test
  void eachFailureDoublesTheWaitUpToTwoHours() {
    assertThat(OutboxMessage.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxMessage.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxMessage.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(OutboxMessage.backoff(7)).isEqualTo(Duration.ofMinutes(64));
    assertThat(OutboxMessage.backoff(8)).isEqualTo(Duration.ofHours(2));
    assertThat(OutboxMessage.backoff(40)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aFailedAttemptWaitsAndKeepsTheError() {
    OutboxMessage message = new OutboxMessage("a@x", "s", "b", NOW);
    message.markFailed("connection refused", NOW);
    assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(message.getAttempts()).isEqualTo(1);
    assertThat(message.getLastError()).isEqualTo("connection refused");
    assertThat(message.isDueAt(NOW.plusSeconds(59))).isFalse();
    assertThat(message.isDueAt(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void afterTheLastAttemptTheMessageIsGivenUp() {
    OutboxMessage message = new OutboxMessage("a@x", "s", "b", NOW);
    for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
      message.markFailed("down", NOW);
    }
    assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(message.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aSentMessageIsNeverDueAgain() {
    OutboxMessage message = new OutboxMessage("a@x", "s", "b", NOW);
    message.markSent(NOW);
    assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(message.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aSentMailKeepsOnlyTheProofOfDelivery() {
    OutboxMessage message =
        new OutboxMessage("a@x", "Ihr Konto", "Link: /password.xhtml?token=geheim", NOW);
    message.attachCalendar("BEGIN:VCALENDAR", "REQUEST");
    message.markSent(NOW);
    assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(message.getBody()).isEmpty();
    assertThat(message.getCalendar()).isNull();
    assertThat(message.getRecipient()).isEqualTo("a@x");
    assertThat(message.getSubject()).isEqualTo("Ihr Konto");
    assertThat(message.getSentAt()).isEqualTo(NOW);

    OutboxMessage demo = new OutboxMessage("a@x", "Ihr Konto", "Link", NOW);
    demo.markSent(NOW, true);
    assertThat(demo.getBody()).isEqualTo("Link");
  }
}
