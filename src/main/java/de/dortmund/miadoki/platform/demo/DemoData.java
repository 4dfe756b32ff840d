package de.dortmund.miadoki.platform.demo;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.DatabaseReady;
import de.dortmund.miadoki.platform.security.PasswordHasher;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo departments and one account per role, created once when the server runs with the system
 * property {@code miadoki.demo=true}. A second start finds them and adds nothing.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The password of every demo account (listed in the README). */
  public static final String PASSWORD = "Demo-Passwort-2026";

  record Account(String username, String name, String department, Set<Role> roles) {}

  static final List<Account> ACCOUNTS =
      List.of(
          new Account("admin", "Ada Admin", "MIA", EnumSet.of(Role.ADMIN)),
          new Account("koordination", "Kemal Koordinator", "MIA", EnumSet.of(Role.COORDINATOR)),
          new Account("koordination2", "Elif Yıldırım", "MIA", EnumSet.of(Role.COORDINATOR)),
          new Account("anfrage", "Anna Anfrage", "JUG", EnumSet.of(Role.REQUESTER, Role.STAFF)),
          new Account("dolmetscher", "Dana Dolmetscherin", null, EnumSet.of(Role.INTERPRETER)),
          new Account("fortbildung", "Franz Fortbildung", "MIA", EnumSet.of(Role.TRAINING_MANAGER)),
          new Account("trainerin", "Nguyễn Thu Trang", null, EnumSet.of(Role.TRAINER)),
          new Account("leitung", "Lea Leitung", "SOZ", EnumSet.of(Role.SUPERVISOR, Role.STAFF)),
          new Account("mitarbeiter", "Mehmet Mitarbeiter", "SOZ", EnumSet.of(Role.STAFF)),
          new Account("preise", "Paula Preise", "MIA", EnumSet.of(Role.AWARD_MANAGER)),
          new Account("jury", "Jonas Jury", null, EnumSet.of(Role.JUROR)));

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Transactional
  void onReady(
      @Observes
          @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
          DatabaseReady ready) {
    if (Settings.demo()) {
      seed();
    }
  }

  @Transactional
  public void seed() {
    department("Kommunales Integrationszentrum (MIA-DO-KI)", "MIA", "10/4100");
    department("Jugendamt", "JUG", "51/1000");
    department("Sozialamt", "SOZ", "50/2000");
    department("Gesundheitsamt", "GES", "53/1000");
    department("Schulverwaltungsamt", "SCH", "40/1000");
    department("Jobcenter Dortmund", "JOB", "56/3000");
    em.flush();

    String hash = null;
    int created = 0;
    for (Account account : ACCOUNTS) {
      boolean exists =
          !em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
              .setParameter("username", account.username())
              .getResultList()
              .isEmpty();
      if (exists) {
        continue;
      }
      if (hash == null) {
        hash = hasher.hash(PASSWORD);
      }
      Department department =
          account.department() == null
              ? null
              : em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
                  .setParameter("shortName", account.department())
                  .getSingleResult();
      em.persist(
          new PortalUser(
              account.username(),
              account.name(),
              account.username() + "@miadoki.local",
              hash,
              department,
              account.roles(),
              clock.instant()));
      created++;
    }
    int count = created;
    LOG.info(() -> "Demo data: " + count + " accounts created");
  }

  private void department(String name, String shortName, String costCentre) {
    boolean exists =
        !em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
            .setParameter("shortName", shortName)
            .getResultList()
            .isEmpty();
    if (!exists) {
      em.persist(new Department(name, shortName, costCentre));
    }
  }
}
