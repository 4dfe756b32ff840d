package de.dortmund.miadoki.platform.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one outbox message in a transaction of its own. The row is locked first, so two senders
 * (two timer runs, two cluster nodes) cannot send the same message twice.
 */
@ApplicationScoped
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  @PersistenceContext EntityManager em;

  @Resource(name = "mail/portal")
  Session mailSession;

  /** This bean through its proxy, so that claim and finish run in transactions of their own. */
  @Inject OutboxDelivery self;

  /**
   * The text and the invitation as alternatives, the way mail programs offer "accept" for it; the
   * invitation also as an .ics attachment for programs that only show attachments.
   */
  static MimeMultipart withInvitation(Letter letter) throws MessagingException {
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(letter.body(), "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setContent(
        letter.calendar(), "text/calendar; charset=UTF-8; method=" + letter.method());
    alternative.addBodyPart(calendar);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(letter.calendar(), "application/ics; charset=UTF-8");
    file.setFileName("invite.ics");
    mixed.addBodyPart(file);
    return mixed;
  }

  /**
   * A mail whose Message-ID names its outbox row, the same at every attempt: whoever receives it
   * (and a mail server that drops repeats) can tell one message sent twice from two messages.
   */
  static final class OutboxMail extends MimeMessage {

    private final long outboxId;

    OutboxMail(Session session, long outboxId) {
      super(session);
      this.outboxId = outboxId;
    }

    static String messageId(long outboxId) {
      String host = URI.create(PortalLinks.configured().orElse(PortalLinks.DEMO_URL)).getHost();
      return "<outbox-" + outboxId + "@" + host + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId(outboxId));
    }
  }

  /** What a claimed mail says, read in the claim's transaction. */
  record Letter(String recipient, String subject, String body, String calendar, String method) {}

  /**
   * Delivers one due message: first claims it (SENDING, committed), then hands it to the mail
   * server, then records the outcome. A server or database that goes away between the last two
   * steps leaves the message SENDING, and it is not sent again by itself: a mail arrives at most
   * once (the outbox page shows the interrupted ones).
   */
  public boolean deliver(long id, Instant now) {
    Optional<Letter> letter = self.claim(id, now);
    if (letter.isEmpty()) {
      return false;
    }
    String error = null;
    try {
      send(id, letter.get(), now);
    } catch (MessagingException | RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    self.finish(id, now, error);
    return error == null;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Letter> claim(long id, Instant now) {
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || !message.isDueAt(now)) {
      return Optional.empty();
    }
    message.claim(now);
    return Optional.of(
        new Letter(
            message.getRecipient(),
            message.getSubject(),
            message.getBody(),
            message.getCalendar(),
            message.getCalendarMethod()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void finish(long id, Instant now, String error) {
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || message.getStatus() != OutboxStatus.SENDING) {
      return;
    }
    if (error == null) {
      message.markSent(now, de.dortmund.miadoki.platform.config.Settings.demo());
    } else {
      message.markFailed(error, now);
      LOG.log(
          Level.WARNING,
          "Mail {0} not delivered (attempt {1}): {2}",
          new Object[] {id, message.getAttempts(), error});
    }
  }

  private void send(long id, Letter letter, Instant now) throws MessagingException {
    MimeMessage mail = new OutboxMail(mailSession, id);
    mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.recipient()));
    mail.setSubject(letter.subject(), "UTF-8");
    if (letter.calendar() == null) {
      mail.setText(letter.body(), "UTF-8");
    } else {
      mail.setContent(withInvitation(letter));
    }
    mail.setSentDate(java.util.Date.from(now));
    Transport.send(mail);
  }
}
