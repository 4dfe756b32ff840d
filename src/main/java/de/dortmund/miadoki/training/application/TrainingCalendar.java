package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Each person's calendar feed of their confirmed sessions, behind a secret, renewable link (only
 * the token's hash is kept): calendar programs cannot sign in. The feed itself is {@link
 * TrainingFeed}.
 */
@ApplicationScoped
@RequiresRole({STAFF, SUPERVISOR})
public class TrainingCalendar {

  static final String FEED = "TrainingCalendarFeed";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  /** A new link for the caller's feed; the old one stops working. Returns the token, once. */
  @Transactional
  public String renewFeed() {
    String token = SecretTokens.newToken();
    em.createNativeQuery("delete from training_calendar_feed where username = ?1")
        .setParameter(1, currentUser.username())
        .executeUpdate();
    em.createNativeQuery(
            "insert into training_calendar_feed (username, token_hash) values (?1, ?2)")
        .setParameter(1, currentUser.username())
        .setParameter(2, SecretTokens.hash(token))
        .executeUpdate();
    audit.record(AuditAction.UPDATE, FEED, currentUser.username(), currentUser.username());
    return token;
  }

  @Transactional
  public boolean hasFeed() {
    return !em.createNativeQuery("select 1 from training_calendar_feed where username = ?1")
        .setParameter(1, currentUser.username())
        .getResultList()
        .isEmpty();
  }
}
