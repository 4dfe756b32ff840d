package de.dortmund.miadoki.platform.notification;

import de.dortmund.miadoki.platform.persistence.CriteriaPages;
import de.dortmund.miadoki.platform.persistence.Page;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.PortalBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Queues e-mails in the caller's transaction; {@link OutboxSender} delivers them. */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  public OutboxMessage enqueue(String recipient, String subject, String body) {
    OutboxMessage message = new OutboxMessage(recipient, subject, body, clock.instant());
    em.persist(message);
    return message;
  }

  /**
   * Queues a mail whose subject and body come from the modules' mail bundles ({@link
   * PortalBundles#MAILS}) in the recipient's language; {@code args} fill the placeholders of the
   * body.
   */
  @Transactional(TxType.MANDATORY)
  public OutboxMessage enqueue(String recipient, Locale locale, String key, Object... args) {
    ResourceBundle bundle = PortalBundles.composite(PortalBundles.MAILS, locale);
    String subject = bundle.getString(key + ".subject");
    String body = new java.text.MessageFormat(bundle.getString(key + ".body"), locale).format(args);
    return enqueue(recipient, subject, body);
  }

  /** Where and in which language an account holder gets mail; nothing for unknown or inactive. */
  @Transactional(TxType.SUPPORTS)
  public Optional<Addressee> addressee(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(PortalUser::isActive)
        .findFirst()
        .map(u -> new Addressee(u.getEmail(), Locale.forLanguageTag(u.getLocale())));
  }

  /** Everyone active who holds {@code role}, e.g. to tell the coordinators. */
  @Transactional(TxType.SUPPORTS)
  public java.util.List<Addressee> addresseesWithRole(Role role) {
    return em.createQuery(
            "select distinct u from PortalUser u join u.roles r where r = :role and u.active = true",
            PortalUser.class)
        .setParameter("role", role)
        .getResultStream()
        .map(u -> new Addressee(u.getEmail(), Locale.forLanguageTag(u.getLocale())))
        .toList();
  }

  /** An e-mail address with the language its mails are written in. */
  public record Addressee(String email, Locale locale) {}

  /**
   * The mails for the administration's "Postausgang", newest first: by status and a part of the
   * recipient's address.
   */
  @RequiresRole(Role.ADMIN)
  @Transactional
  public Page<OutboxMessage> search(OutboxStatus status, String recipient, PageRequest page) {
    return CriteriaPages.page(
        em,
        OutboxMessage.class,
        (cb, query, root) -> {
          List<Predicate> where = new ArrayList<>();
          if (status != null) {
            where.add(cb.equal(root.get("status"), status));
          }
          if (recipient != null && !recipient.isBlank()) {
            where.add(
                cb.like(
                    cb.lower(root.get("recipient")),
                    "%" + recipient.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%"));
          }
          return where;
        },
        (cb, root) -> List.of(cb.desc(root.get("id"))),
        page);
  }

  @Transactional
  public long count(OutboxStatus status) {
    return em.createNamedQuery(OutboxMessage.COUNT_BY_STATUS, Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  /**
   * Deletes the delivered mails sent before {@code before} and the given-up or interrupted ones
   * queued before it; returns how many.
   */
  @jakarta.transaction.Transactional
  public int forgetSentBefore(Instant before) {
    return em.createQuery(
                "delete from OutboxMessage m where m.status = :sent and m.sentAt < :before")
            .setParameter("sent", OutboxStatus.SENT)
            .setParameter("before", Timestamps.of(before))
            .executeUpdate()
        + em.createQuery(
                "delete from OutboxMessage m where m.status in :ended and m.createdAt < :before")
            .setParameter("ended", List.of(OutboxStatus.FAILED, OutboxStatus.SENDING))
            .setParameter("before", Timestamps.of(before))
            .executeUpdate();
  }
}
