package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.notification.OutboxSender;
import de.dortmund.miadoki.platform.scheduling.Leases;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled work runs once with several servers on one database: of servers competing for a lease
 * exactly one gets it, the holder keeps it, another takes over only when it expires or is given up,
 * and the outbox sender does not run while another server holds its lease.
 */
@ExtendWith(ArquillianExtension.class)
class LeasesIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject Leases leases;
  @Inject TestCaller caller;
  @Inject UserAdministration users;
  @Inject PoolFixtures fixtures;

  @Test
  void ofServersAskingAtTheSameMomentExactlyOneGetsTheLease() throws Exception {
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    for (int round = 0; round < 10; round++) {
      String work = PoolFixtures.unique("race");
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int server = 0; server < 4; server++) {
        String holder = "server-" + server;
        answers.add(
            executor.submit(
                () -> {
                  start.await();
                  return leases.tryTake(work, Duration.ofMinutes(1), holder);
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> answer : answers) {
        winners += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).as("winners of round %d", round).isEqualTo(1);
    }
  }

  @Test
  void theHolderKeepsTheLeaseAndAnotherTakesItOnlyWhenItExpiresOrIsGivenUp() throws Exception {
    String work = PoolFixtures.unique("sticky");
    assertThat(leases.tryTake(work, Duration.ofSeconds(2), "a")).isTrue();
    assertThat(leases.tryTake(work, Duration.ofSeconds(2), "b")).isFalse();
    assertThat(leases.tryTake(work, Duration.ofSeconds(2), "a")).as("renewal").isTrue();
    assertThat(leases.holder(work)).contains("a");

    Thread.sleep(2_200);
    assertThat(leases.holder(work)).isEmpty();
    assertThat(leases.tryTake(work, Duration.ofMinutes(1), "b")).as("after expiry").isTrue();
    assertThat(leases.tryTake(work, Duration.ofMinutes(1), "a")).isFalse();

    leases.release(work, "a"); // not the holder: changes nothing
    assertThat(leases.holder(work)).contains("b");
    leases.release(work, "b");
    assertThat(leases.tryTake(work, Duration.ofMinutes(1), "a")).as("after release").isTrue();
  }

  @Test
  void theOutboxSenderWaitsWhileAnotherServerHoldsItsLease() throws Exception {
    String other = "other-server";
    // this server's sender holds the lease while it runs: another server takes it over
    long deadline = System.currentTimeMillis() + 30_000;
    while (!leases.tryTake(OutboxSender.LEASE, Duration.ofMinutes(1), other)) {
      leases.release(OutboxSender.LEASE, leases.self());
      assertThat(System.currentTimeMillis()).isLessThan(deadline);
    }
    try {
      caller.actAs("it-admin", Role.ADMIN);
      String name = PoolFixtures.unique("lease");
      UserForm form = new UserForm();
      form.setUsername(name);
      form.setDisplayName("Hoa Trần");
      form.setEmail(name + "@example.org");
      form.setRoles(EnumSet.of(Role.STAFF));
      form.setPassword(PoolFixtures.PASSWORD);
      users.create(form);

      Thread.sleep(5_000); // two intervals of this server's sender (2 s in the tests)
      assertThat(attempts(name)).as("attempts while the other holds it").isZero();

      leases.release(OutboxSender.LEASE, other);
      deadline = System.currentTimeMillis() + 30_000;
      while (attempts(name) == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(250);
      }
      assertThat(attempts(name)).as("attempts once it is given up").isPositive();
      assertThat(leases.holder(OutboxSender.LEASE)).contains(leases.self());
    } finally {
      leases.release(OutboxSender.LEASE, other);
    }
  }

  private int attempts(String name) {
    return fixtures.mailsTo(name + "@example.org").get(0).getAttempts();
  }
}
