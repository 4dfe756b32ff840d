package de.dortmund.miadoki.platform.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.Instant;
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

  /**
   * The text and the invitation as alternatives, the way mail programs offer "accept" for it; the
   * invitation also as an .ics attachment for programs that only show attachments.
   */
  static MimeMultipart withInvitation(OutboxMessage message) throws MessagingException {
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.getBody(), "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart calendar = new MimeBodyPart();
    calendar.setContent(
        message.getCalendar(),
        "text/calendar; charset=UTF-8; method=" + message.getCalendarMethod());
    alternative.addBodyPart(calendar);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    MimeBodyPart file = new MimeBodyPart();
    file.setContent(message.getCalendar(), "application/ics; charset=UTF-8");
    file.setFileName("invite.ics");
    mixed.addBodyPart(file);
    return mixed;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public boolean deliver(long id, Instant now) {
    OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || !message.isDueAt(now)) {
      return false;
    }
    try {
      MimeMessage mail = new MimeMessage(mailSession);
      mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
      mail.setSubject(message.getSubject(), "UTF-8");
      if (message.getCalendar() == null) {
        mail.setText(message.getBody(), "UTF-8");
      } else {
        mail.setContent(withInvitation(message));
      }
      mail.setSentDate(java.util.Date.from(now));
      Transport.send(mail);
      message.markSent(now, de.dortmund.miadoki.platform.config.Settings.demo());
      return true;
    } catch (MessagingException | RuntimeException e) {
      message.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
      LOG.log(
          Level.WARNING,
          "Mail {0} not delivered (attempt {1}): {2}",
          new Object[] {id, message.getAttempts(), e.getMessage()});
      return false;
    }
  }
}
