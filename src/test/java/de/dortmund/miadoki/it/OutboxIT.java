package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.notification.OutboxSender;
import de.dortmund.miadoki.platform.notification.OutboxStatus;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail outage neither loses a message nor fails the change that caused it: the change commits,
 * the message waits, and once SMTP is back it is delivered exactly once. GreenMail stands in for
 * the city's SMTP server on the port the server's mail session points to.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject UserAdministration users;
  @Inject OutboxSender sender;
  @Inject de.dortmund.miadoki.platform.notification.OutboxDelivery delivery;
  @Inject de.dortmund.miadoki.platform.notification.MailOutbox outbox;
  @Inject Clock clock;
  @Inject PoolFixtures fixtures;

  @Test
  void whileSmtpIsDownTheChangeCommitsAndTheMailIsDeliveredOnceWhenSmtpIsBack() throws Exception {
    caller.actAs("it-admin", Role.ADMIN);
    String name = "post-" + UUID.randomUUID().toString().substring(0, 8);
    UserForm form = new UserForm();
    form.setUsername(name);
    form.setDisplayName("Post Test");
    form.setEmail(name + "@example.org");
    form.setRoles(EnumSet.of(Role.STAFF));
    form.setPassword("ein-sicheres-passwort");

    // SMTP is down: the account is created all the same
    PortalUser created = users.create(form);
    PortalUser stored = fixtures.read(em -> em.find(PortalUser.class, created.getId()));
    assertThat(stored).isNotNull();

    Instant now = clock.instant();
    sender.sendDue(now.plusSeconds(1));
    // the server's own outbox run may be trying it at this moment (SENDING while it tries)
    OutboxMessage pending = fixtures.mailsTo(name + "@example.org").get(0);
    for (int i = 0; i < 50 && pending.getStatus() == OutboxStatus.SENDING; i++) {
      Thread.sleep(100);
      pending = fixtures.mailsTo(name + "@example.org").get(0);
    }
    assertThat(pending.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(pending.getAttempts()).isGreaterThanOrEqualTo(1);
    assertThat(pending.getLastError()).isNotBlank();

    // the port the server's mail session points to, handed to the server JVM by the build
    int port = Integer.getInteger("it.smtp.port");
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      // past any back-off: the next run delivers, a further run must not send again
      Instant later = now.plus(Duration.ofHours(3));
      sender.sendDue(later);
      sender.sendDue(later.plusSeconds(5));
      smtp.waitForIncomingEmail(5_000, 1);
      Thread.sleep(2_500); // one more background sender cycle: still only one mail
      MimeMessage[] received =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipientIs(m, name + "@example.org"))
              .toArray(MimeMessage[]::new);
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).isEqualTo("Ihr Konto im MIA-DO-KI Portal");
      OutboxMessage sent = fixtures.mailsTo(name + "@example.org").get(0);
      // the Message-ID names the outbox row, so a receiver can tell a repeat from a new mail
      assertThat(received[0].getMessageID()).startsWith("<outbox-" + sent.getId() + "@");
      assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
      // the test server is a demonstration: the text stays for its outbox page (elsewhere it is
      // cleared on sending: OutboxMessageTest); the proof of delivery stays in any case
      assertThat(sent.getBody()).isNotEmpty();
      assertThat(sent.getSubject()).isEqualTo("Ihr Konto im MIA-DO-KI Portal");
      assertThat(sent.getSentAt()).isNotNull();
      // after the time it is kept, the proof goes too
      outbox.forgetSentBefore(later.plus(Duration.ofDays(1)));
      assertThat(fixtures.mailsTo(name + "@example.org")).isEmpty();
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aMailWhoseSendingWasInterruptedIsNotSentAgainByItself() {
    String address =
        "unterbrochen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Instant now = clock.instant();
    // queued, and claimed by a server that went away before it recorded the outcome (in one
    // transaction here, so that the server's own outbox run cannot take it first)
    OutboxMessage queued =
        fixtures.read(
            em -> {
              OutboxMessage message = outbox.enqueue(address, "Erinnerung", "Termin morgen");
              message.claim(now);
              return message;
            });
    // however often the outbox runs later, the mail stays as it was: perhaps it went out
    sender.sendDue(now.plus(Duration.ofHours(3)));
    assertThat(delivery.claim(queued.getId(), now.plus(Duration.ofHours(3)))).isEmpty();
    OutboxMessage after = fixtures.mailsTo(address).get(0);
    assertThat(after.getStatus()).isEqualTo(OutboxStatus.SENDING);
    assertThat(after.getSentAt()).isNull();
    assertThat(outbox.count(OutboxStatus.SENDING)).isGreaterThanOrEqualTo(1);
  }

  private static boolean recipientIs(MimeMessage message, String address) {
    try {
      return message.getAllRecipients()[0].toString().equals(address);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
