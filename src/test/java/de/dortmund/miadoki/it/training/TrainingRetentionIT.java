package de.dortmund.miadoki.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.it.support.TrainingFixtures;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.application.TrainingStatistics;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.infrastructure.TrainingRetention;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainings' retention: a year's registrations go, its statistics stay as they were, a
 * certificate keeps its registration, feedback keeps its ratings. The session lies in 2003, before
 * any other test's, so that no other test's data are due.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingRetentionIT {

  private static final int YEAR = 2003;

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject TrainingFixtures fixtures;
  @Inject PoolFixtures pool;
  @Inject TrainingStatistics statistics;
  @Inject TrainingRetention retention;
  @Inject Clock clock;

  @Test
  void theStatisticsOfAYearStayWhenItsRegistrationsAreDeleted() {
    String department = fixtures.newDepartment();
    String first = pool.account("staff", "Hêvî Demirtaş", department, Role.STAFF);
    String second = pool.account("staff", "Nguyễn Văn An", department, Role.STAFF);
    String partly = pool.account("staff", "Олена Коваленко", department, Role.STAFF);
    TrainingSession session = fixtures.heldSession(2, List.of(first, second), List.of(partly));
    fixtures.holdOn(session.getId(), LocalDate.of(YEAR, 5, 6));
    Registration certified = fixtures.registrationOf(session.getId(), first);
    Certificate certificate =
        fixtures.read(
            em -> {
              Certificate c =
                  new Certificate(
                      em.find(Registration.class, certified.getId()),
                      Certificate.newCode(),
                      false,
                      clock.instant());
              em.persist(c);
              return c;
            });
    long feedbackId = 990_000_000L + System.nanoTime() % 1_000_000L;
    fixtures.read(
        em ->
            em.createNativeQuery(
                    "insert into training_feedback (id, version, session_id, answered_on, content,"
                        + " trainer, organisation, usefulness, free_text)"
                        + " values (?1, 1, ?2, ?3, 5, 4, 3, 5, 'Frau Kovalenko war sehr hilfreich')")
                .setParameter(1, feedbackId)
                .setParameter(2, session.getId())
                .setParameter(3, LocalDate.of(YEAR, 5, 7))
                .executeUpdate());

    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    statistics.setHeadcount(pool.department(department).getId(), YEAR, 30);
    List<Object> before = statisticsOf(YEAR);
    assertThat(statistics.byDepartment(YEAR))
        .anySatisfy(
            d -> {
              assertThat(d.department()).contains(department);
              assertThat(d.trained()).isEqualTo(2);
              assertThat(d.partial()).isEqualTo(1);
            });

    assertThat(retention.purge("registrations", LocalDate.of(YEAR + 1, 6, 1))).isGreaterThan(0);
    assertThat(retention.purge("feedback", LocalDate.of(YEAR + 1, 6, 1))).isGreaterThan(0);

    assertThat(fixtures.registrationsOf(session.getId()))
        .extracting(Registration::getUsername)
        .containsExactly(first);
    Certificate kept = fixtures.read(em -> em.find(Certificate.class, certificate.getId()));
    assertThat(kept).isNotNull();
    Object text =
        fixtures.read(
            em ->
                em.createNativeQuery("select free_text from training_feedback where id = ?1")
                    .setParameter(1, feedbackId)
                    .getSingleResult());
    assertThat(text).isNull();
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    assertThat(statisticsOf(YEAR)).isEqualTo(before);
    // a second run finds nothing more, and the figures stay
    assertThat(retention.purge("registrations", LocalDate.of(YEAR + 1, 6, 1))).isZero();
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    assertThat(statisticsOf(YEAR)).isEqualTo(before);
  }

  private List<Object> statisticsOf(int year) {
    List<Object> all = new ArrayList<>();
    all.add(statistics.byDepartment(year));
    all.add(statistics.byCourse(year));
    all.add(statistics.progress(year - 1, year + 1));
    return all;
  }
}
