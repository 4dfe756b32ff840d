package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first administrator of a new installation, a one-time step for IT: started with the setting
 * {@code miadoki.first-admin=<user name>} (and optionally {@code miadoki.first-admin.email}), a
 * portal without any active administrator creates that account and writes a link to set its
 * password (valid {@link PasswordLinks#FIRST_ADMINISTRATOR}) to the server log. Once an
 * administrator exists, the setting does nothing.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  static final String SETTING = "miadoki.first-admin";

  @PersistenceContext EntityManager em;
  @Inject PasswordLinks passwordLinks;
  @Inject AuditLog audit;
  @Inject NewAccounts accounts;
  @Inject FirstAdministrator self;

  void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) DatabaseReady ready) {
    Settings.get(SETTING)
        .flatMap(name -> self.create(name, Settings.get(SETTING + ".email").orElse(null)))
        .ifPresent(
            link ->
                LOG.warning(
                    () ->
                        "First administrator created. Set its password within "
                            + PasswordLinks.FIRST_ADMINISTRATOR.toHours()
                            + " hours at: "
                            + link));
  }

  /**
   * Creates the administrator {@code username} if the portal has no active administrator, and
   * returns the link to set its password; again a link if that administrator never set a password
   * (the earlier link expired unused); else nothing.
   */
  @Transactional
  public Optional<String> create(String username, String email) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    Optional<PortalUser> existing =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      PortalUser user = existing.get();
      if (user.isActive()
          && user.hasRole(Role.ADMIN)
          && user.getLastLogin() == null
          && user.getCredentialsChangedAt() == null) {
        return Optional.of(link(user));
      }
      LOG.info(() -> SETTING + " names the existing account " + name + ": nothing to do");
      return Optional.empty();
    }
    long administrators =
        em.createQuery(
                "select count(u) from PortalUser u join u.roles r"
                    + " where r = :admin and u.active = :active",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .setParameter("active", true)
            .getSingleResult();
    if (administrators > 0) {
      LOG.info(() -> SETTING + " is set, but there is an administrator already: nothing to do");
      return Optional.empty();
    }
    PortalUser admin =
        accounts.create(
            name,
            "Administration",
            email == null ? name + "@invalid.example" : email,
            null,
            null,
            EnumSet.of(Role.ADMIN),
            AuditLog.SYSTEM);
    return Optional.of(link(admin));
  }

  private String link(PortalUser admin) {
    // at start-up there is no caller to ask for: the portal itself issues the link
    return passwordLinks.issue(
        admin,
        AccountToken.Purpose.FIRST_ADMINISTRATOR,
        PasswordLinks.FIRST_ADMINISTRATOR,
        AuditLog.SYSTEM);
  }
}
