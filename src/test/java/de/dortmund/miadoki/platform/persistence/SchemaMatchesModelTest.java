package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.SchemaComparison;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Migrates an empty database with the portal's Flyway migrations and checks that every table and
 * column the JPA model maps exists, and that mapped tables have no column the model forgot. Runs on
 * H2 always and on PostgreSQL when the build names one (-Ddb=postgres), with the EclipseLink of the
 * WAR; {@code SchemaIT} checks the same in each server with the EclipseLink that runs there.
 */
class SchemaMatchesModelTest {

  @Test
  void onAnEmptyH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    migrateAndCompare(h2);
  }

  @Test
  void onAnEmptyPostgreSql() throws SQLException {
    TestPostgres.assumeAvailable();
    TestPostgres.inFreshSchema("schema_check_", this::migrateAndCompare);
  }

  private void migrateAndCompare(DataSource dataSource) throws SQLException {
    MigrateResult result = DatabaseMigration.migrate(dataSource);
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isGreaterThan(0);

    Map<String, Set<String>> mapped = mappedColumns(dataSource);
    assertThat(SchemaComparison.actualColumns(dataSource, mapped.keySet()))
        .as("columns per table in the database")
        .isEqualTo(mapped);
  }

  /** Table name to column names, as the JPA provider maps them. */
  private static Map<String, Set<String>> mappedColumns(DataSource dataSource) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("jakarta.persistence.validation.mode", "NONE");
    properties.put("eclipselink.target-server", "None");
    properties.put("eclipselink.logging.level", "WARNING");
    EntityManagerFactory factory = Persistence.createEntityManagerFactory("portal", properties);
    try {
      EntityManager em = factory.createEntityManager();
      Map<String, Set<String>> columns = SchemaComparison.mappedColumns(em.unwrap(Session.class));
      // a round trip through the model: ids from the sequence, insert, read back
      em.getTransaction().begin();
      de.dortmund.miadoki.platform.organisation.Department department =
          new de.dortmund.miadoki.platform.organisation.Department("Prüfamt", "PRF", "99/9999");
      em.persist(department);
      java.time.Instant now = java.time.Instant.parse("2026-10-25T01:30:00.123Z");
      de.dortmund.miadoki.platform.security.PortalUser user =
          new de.dortmund.miadoki.platform.security.PortalUser(
              "schema-" + UUID.randomUUID(),
              "Schema Check",
              "s@example.org",
              "hash",
              department,
              java.util.EnumSet.of(de.dortmund.miadoki.platform.security.Role.STAFF),
              now);
      em.persist(user); // last login and lock still empty: nulls of a timestamp column
      de.dortmund.miadoki.platform.notification.OutboxMessage mail =
          new de.dortmund.miadoki.platform.notification.OutboxMessage(
              "s@example.org", "s", "b", now);
      em.persist(mail);
      em.getTransaction().commit();
      em.clear();
      assertThat(department.getId()).isPositive();
      assertThat(em.find(department.getClass(), department.getId()).getName()).isEqualTo("Prüfamt");
      var storedUser = em.find(user.getClass(), user.getId());
      assertThat(storedUser.getCreatedAt()).isEqualTo(now);
      assertThat(storedUser.getLastLogin()).isNull();
      assertThat(storedUser.getRoles())
          .containsExactly(de.dortmund.miadoki.platform.security.Role.STAFF);
      assertThat(em.find(mail.getClass(), mail.getId()).getNextAttemptAt()).isEqualTo(now);
      interpreterRoundTrip(em, now);
      em.close();
      assertThat(columns).isNotEmpty();
      return columns;
    } finally {
      factory.close();
    }
  }

  /** An interpreter with its collections is stored, read back, changed and stored again. */
  private static void interpreterRoundTrip(EntityManager em, java.time.Instant now) {
    var arabic =
        em.createQuery(
                "select l from Language l where l.code = 'ara'",
                de.dortmund.miadoki.interpreting.domain.Language.class)
            .getSingleResult();
    var interpreter =
        new de.dortmund.miadoki.interpreting.domain.Interpreter(
            "Rana",
            "Haddad",
            "r@example.org",
            de.dortmund.miadoki.interpreting.domain.District.EVING,
            10,
            de.dortmund.miadoki.interpreting.domain.Gender.FEMALE,
            de.dortmund.miadoki.interpreting.domain.Qualification.CERTIFIED,
            now);
    interpreter.replaceLanguages(
        java.util.List.of(
            new de.dortmund.miadoki.interpreting.domain.LanguageSkill(
                arabic.getId(), null, de.dortmund.miadoki.interpreting.domain.SkillLevel.NATIVE)));
    interpreter.replaceAvailability(
        java.util.List.of(
            new de.dortmund.miadoki.interpreting.domain.AvailabilityWindow(
                java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(12, 0))));
    interpreter.addAbsence(
        new de.dortmund.miadoki.interpreting.domain.Absence(
            java.time.LocalDateTime.of(2026, 12, 24, 0, 0),
            java.time.LocalDateTime.of(2027, 1, 2, 0, 0),
            "Urlaub"));
    em.getTransaction().begin();
    em.persist(interpreter);
    em.getTransaction().commit();
    em.clear();

    em.getTransaction().begin();
    var stored = em.find(interpreter.getClass(), interpreter.getId());
    assertThat(stored.getAvailability()).hasSize(1);
    assertThat(stored.getAbsences()).hasSize(1);
    stored.changeStatus(
        de.dortmund.miadoki.interpreting.domain.InterpreterStatus.ACTIVE,
        java.time.LocalDate.now());
    stored.replaceAvailability(
        java.util.List.of(
            new de.dortmund.miadoki.interpreting.domain.AvailabilityWindow(
                java.time.DayOfWeek.FRIDAY,
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(17, 0))));
    em.getTransaction().commit();
    em.clear();
    var changed = em.find(interpreter.getClass(), interpreter.getId());
    assertThat(changed.getStatus())
        .isEqualTo(de.dortmund.miadoki.interpreting.domain.InterpreterStatus.ACTIVE);
    assertThat(changed.getAvailability())
        .extracting(w -> w.getDay())
        .containsExactly(java.time.DayOfWeek.FRIDAY);
  }
}
