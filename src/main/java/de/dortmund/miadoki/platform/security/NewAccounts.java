package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.organisation.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Set;

/**
 * Where every account comes into being (administration, invitation, the city's directory, the first
 * administrator): a free user name, stored and audited in the caller's transaction.
 */
@ApplicationScoped
class NewAccounts {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Clock clock;

  boolean taken(String username) {
    return !em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }

  /**
   * A new account; without {@code password}, with one nobody knows, to be set through a mailed
   * link. Audited as {@code actor}'s, or the caller's when {@code actor} is null.
   */
  @Transactional(TxType.MANDATORY)
  PortalUser create(
      String username,
      String displayName,
      String email,
      String password,
      Department department,
      Set<Role> roles,
      String actor) {
    if (taken(username)) {
      throw new UsernameTakenException(username);
    }
    PortalUser user =
        new PortalUser(
            username,
            displayName,
            email,
            hasher.hash(password != null ? password : SecretTokens.newToken()),
            department,
            roles,
            clock.instant());
    em.persist(user);
    em.flush();
    if (actor == null) {
      audit.record(AuditAction.CREATE, user);
    } else {
      audit.recordAs(actor, AuditAction.CREATE, user);
    }
    return user;
  }
}
