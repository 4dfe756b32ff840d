package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant EXPIRY = NOW.plus(Duration.ofHours(24));

  private static Offer offer(Instant releaseAt) {
    return new Offer(null, null, 1, releaseAt, EXPIRY, "coordinator");
  }

  private static Offer open() {
    Offer offer = offer(NOW);
    offer.release(NOW, "hash");
    return offer;
  }

  @Test
  void aNewOfferWaitsUntilItIsReleased() {
    Offer offer = offer(NOW.plusSeconds(3600));
    assertThat(offer.getStatus()).isEqualTo(OfferStatus.WAITING);
    assertThat(offer.isAnswerable(NOW)).isFalse();
    assertThat(offer.isDueForRelease(NOW.plusSeconds(3599))).isFalse();
    assertThat(offer.isDueForRelease(NOW.plusSeconds(3600))).isTrue();
    assertThatThrownBy(() -> offer.release(NOW, "hash")).isInstanceOf(IllegalStateException.class);
    offer.release(NOW.plusSeconds(3600), "hash");
    assertThat(offer.getStatus()).isEqualTo(OfferStatus.OPEN);
    assertThat(offer.getSentAt()).isEqualTo(NOW.plusSeconds(3600));
  }

  @Test
  void anOpenOfferCanBeAnsweredUntilTheLastMomentBeforeItsExpiry() {
    Offer offer = open();
    assertThat(offer.isAnswerable(EXPIRY.minusMillis(1))).isTrue();
    assertThat(offer.isAnswerable(EXPIRY)).isFalse();
    assertThat(offer.isExpiredAt(EXPIRY.minusMillis(1))).isFalse();
    assertThat(offer.isExpiredAt(EXPIRY)).isTrue();
    assertThatThrownBy(() -> offer.accept(EXPIRY)).isInstanceOf(IllegalStateException.class);
    offer.accept(EXPIRY.minusMillis(1));
    assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void anAnsweredOfferCannotBeAnsweredAgainNorExpire() {
    Offer offer = open();
    offer.decline(NOW);
    assertThat(offer.getStatus()).isEqualTo(OfferStatus.DECLINED);
    assertThat(offer.getAnsweredAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> offer.accept(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> offer.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
    assertThat(offer.isExpiredAt(EXPIRY)).isFalse();
  }

  @Test
  void waitingAndOpenOffersCanBeWithdrawnOrExpire() {
    Offer waiting = offer(NOW.plusSeconds(60));
    waiting.withdraw(NOW);
    assertThat(waiting.getStatus()).isEqualTo(OfferStatus.WITHDRAWN);

    Offer open = open();
    assertThatThrownBy(() -> open.expire(NOW)).isInstanceOf(IllegalStateException.class);
    open.expire(EXPIRY);
    assertThat(open.getStatus()).isEqualTo(OfferStatus.EXPIRED);
    assertThat(open.getStatus().isPending()).isFalse();
  }

  @Test
  void anOfferMustExpireAfterItsRelease() {
    assertThatThrownBy(() -> new Offer(null, null, 2, EXPIRY, EXPIRY, "coordinator"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
