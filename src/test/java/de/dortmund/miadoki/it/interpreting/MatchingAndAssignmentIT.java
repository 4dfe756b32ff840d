package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.ClientPreferences;
import de.dortmund.miadoki.interpreting.application.DoubleBookingException;
import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.Matching;
import de.dortmund.miadoki.interpreting.application.NotEligibleException;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.ClientPreference;
import de.dortmund.miadoki.interpreting.domain.Exclusion;
import de.dortmund.miadoki.interpreting.domain.ExclusionRule;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.RankedCandidate;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.interpreting.infrastructure.AssignmentSlots;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** Explained matching and conflict-free assignment, in the server on the real database. */
@ExtendWith(ArquillianExtension.class)
class MatchingAndAssignmentIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject Matching matching;
  @Inject Assignments assignments;
  @Inject InterpreterDirectory directory;
  @Inject ClientPreferences preferences;
  @Inject AssignmentSlots slots;
  @Inject Instance<RequestContextController> contexts;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  private Interpreter interpreter;

  @BeforeEach
  void anInterpreter() {
    interpreter = fixtures.interpreter(null);
  }

  private InterpreterRequest request(LocalDateTime start) {
    fixtures.requester("JUG");
    InterpreterRequest request = requests.create(fixtures.form(start), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return request;
  }

  private long activeAssignmentsOf(Interpreter i) {
    return fixtures.read(
        em ->
            em.createQuery(
                    "select count(a) from Assignment a where a.interpreter.id = :i"
                        + " and a.active = true",
                    Long.class)
                .setParameter("i", i.getId())
                .getSingleResult());
  }

  @Test
  void theCoordinatorSeesTheEligibleInterpreterWithReasonsAndWhyNotForAPausedOne() {
    InterpreterRequest request = request(fixtures.freeTuesday());
    Interpreter paused = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    paused =
        directory.changeStatus(
            paused.getId(), directory.load(paused.getId()).getVersion(), InterpreterStatus.PAUSED);

    List<RankedCandidate> candidates = matching.candidates(request.getId());
    List<Long> ids = candidates.stream().map(c -> c.candidate().id()).toList();
    assertThat(ids).contains(interpreter.getId()).doesNotContain(paused.getId());
    RankedCandidate ours =
        candidates.stream()
            .filter(c -> c.candidate().id() == interpreter.getId())
            .findFirst()
            .orElseThrow();
    assertThat(ours.reasons())
        .extracting(r -> r.key())
        .contains("score.fairness", "score.distance");

    assertThat(matching.whyNot(request.getId(), paused.getId()))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.NOT_ACTIVE);
    assertThat(matching.whyNot(request.getId(), interpreter.getId())).isEmpty();
  }

  @Test
  void aClientsWishesRankThePreferredFirstAndExcludeTheNeverAgain() {
    InterpreterRequest request = request(fixtures.freeTuesday());
    Interpreter relative = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    preferences.record(request.getId(), interpreter.getId(), ClientPreference.Kind.PREFERRED);
    preferences.record(request.getId(), relative.getId(), ClientPreference.Kind.DO_NOT_SEND);

    List<RankedCandidate> candidates = matching.candidates(request.getId());
    assertThat(candidates).extracting(c -> c.candidate().id()).doesNotContain(relative.getId());
    assertThat(
            candidates.stream()
                .filter(c -> c.candidate().id() == interpreter.getId())
                .findFirst()
                .orElseThrow()
                .reasons())
        .extracting(r -> r.key())
        .contains("score.preferred");
    assertThat(matching.whyNot(request.getId(), relative.getId()))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.DO_NOT_SEND);

    // changed and removed again
    ClientPreference changed =
        preferences.record(request.getId(), relative.getId(), ClientPreference.Kind.PREFERRED);
    assertThat(preferences.forRequest(request.getId())).hasSize(2);
    preferences.remove(changed.getId());
    assertThat(matching.whyNot(request.getId(), relative.getId())).isEmpty();
  }

  @Test
  void aNeverAgainHoldsForTheSameClientSpelledDifferently() {
    LocalDateTime start = fixtures.freeTuesday();
    fixtures.requester("JUG");
    RequestForm first = fixtures.form(start);
    first.setClientReference("ja-2026-0815");
    InterpreterRequest earlier = requests.create(first, null);
    Interpreter relative = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    preferences.record(earlier.getId(), relative.getId(), ClientPreference.Kind.DO_NOT_SEND);

    fixtures.requester("JUG");
    RequestForm second = fixtures.form(start.plusWeeks(1));
    second.setClientReference("JA-20260815");
    InterpreterRequest later = requests.create(second, null);
    caller.actAs("it-coordinator", Role.COORDINATOR);

    assertThat(matching.candidates(later.getId()))
        .extracting(c -> c.candidate().id())
        .doesNotContain(relative.getId());
    assertThat(matching.whyNot(later.getId(), relative.getId()))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.DO_NOT_SEND);
  }

  @Test
  void requestersMayNotSeeCandidates() {
    InterpreterRequest request = request(fixtures.freeTuesday());
    fixtures.requester("JUG");
    assertThatThrownBy(() -> matching.candidates(request.getId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void assigningMovesTheRequestToAssignedAndAnOverlappingSecondRequestIsRefusedWithTheReason() {
    LocalDateTime start = fixtures.freeTuesday();
    InterpreterRequest first = request(start);
    InterpreterRequest second = request(start.plusMinutes(30));

    Assignment assignment = assignments.assign(first.getId(), interpreter.getId());
    assertThat(assignment.isActive()).isTrue();
    assertThat(requests.load(first.getId()).getStatus()).isEqualTo(RequestStatus.ASSIGNED);
    assertThat(requests.history(first.getId()))
        .extracting(h -> h.getTo())
        .containsExactly(RequestStatus.NEW, RequestStatus.ASSIGNED);

    assertThatThrownBy(() -> assignments.assign(second.getId(), interpreter.getId()))
        .isInstanceOfSatisfying(
            NotEligibleException.class,
            e ->
                assertThat(e.exclusions())
                    .extracting(Exclusion::rule)
                    .containsExactly(ExclusionRule.OVERLAP));
    assertThat(requests.load(second.getId()).getStatus()).isEqualTo(RequestStatus.NEW);
    assertThat(matching.whyNot(second.getId(), interpreter.getId()))
        .extracting(Exclusion::rule)
        .containsExactly(ExclusionRule.OVERLAP);
  }

  @Test
  void fiftyConcurrentAttemptsToDoubleBookOneInterpreterLeaveExactlyOneAssignment()
      throws Exception {
    LocalDateTime start = fixtures.freeTuesday();
    List<Long> requestIds = new ArrayList<>();
    fixtures.requester("JUG");
    for (int i = 0; i < 50; i++) {
      requestIds.add(requests.create(fixtures.form(start.plusMinutes(i % 10)), null).getId());
    }
    List<Future<String>> attempts = new ArrayList<>();
    for (Long requestId : requestIds) {
      attempts.add(executor.submit(() -> assignAsCoordinator(requestId)));
    }
    List<String> outcomes = new ArrayList<>();
    for (Future<String> attempt : attempts) {
      outcomes.add(attempt.get(60, TimeUnit.SECONDS));
    }
    assertThat(outcomes.stream().filter("assigned"::equals)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> o.startsWith("refused:"))).hasSize(49);
    assertThat(activeAssignmentsOf(interpreter)).isEqualTo(1);
  }

  private String assignAsCoordinator(long requestId) {
    RequestContextController context = contexts.get();
    context.activate();
    try {
      caller.actAs("it-coordinator-" + requestId, Role.COORDINATOR);
      assignments.assign(requestId, interpreter.getId());
      return "assigned";
    } catch (NotEligibleException e) {
      return "refused:" + e.exclusions().get(0).rule();
    } catch (DoubleBookingException e) {
      return "refused:double-booking";
    } finally {
      context.deactivate();
    }
  }

  // decided on the client: an assumption failing inside the server would count as an error
  @Test
  @EnabledIfSystemProperty(named = "it.db", matches = "postgres")
  void onPostgreSqlTheDatabaseItselfRefusesOverlappingAssignmentsThatSkipTheChecks()
      throws Exception {
    assertThat(isPostgreSql()).isTrue();
    LocalDateTime start = fixtures.freeTuesday();
    InterpreterRequest first = request(start);
    InterpreterRequest second = request(start.plusMinutes(59));

    tx.begin();
    em.persist(
        new Assignment(
            em.find(InterpreterRequest.class, first.getId()),
            em.find(Interpreter.class, interpreter.getId()),
            "it",
            java.time.Instant.now()));
    tx.commit();

    tx.begin();
    em.persist(
        new Assignment(
            em.find(InterpreterRequest.class, second.getId()),
            em.find(Interpreter.class, interpreter.getId()),
            "it",
            java.time.Instant.now()));
    assertThatThrownBy(tx::commit)
        .satisfies(e -> assertThat(rootMessage(e)).contains("ex_assignment_no_overlap"));
    assertThat(activeAssignmentsOf(interpreter)).isEqualTo(1);
  }

  @Test
  void onEveryDatabaseTheTakenTimeBlocksRefuseASecondBookingThatSkipsTheChecks() throws Exception {
    LocalDateTime start = fixtures.freeTuesday();
    InterpreterRequest first = request(start);
    InterpreterRequest second = request(start.plusMinutes(55));
    assignments.assign(first.getId(), interpreter.getId());

    // a second assignment written past every check: its blocks are taken
    tx.begin();
    Assignment sneaky =
        new Assignment(
            em.find(InterpreterRequest.class, second.getId()),
            em.find(Interpreter.class, interpreter.getId()),
            "it",
            java.time.Instant.now());
    sneaky.release("written inactive so that only the blocks decide");
    em.persist(sneaky);
    em.flush();
    assertThatThrownBy(() -> slots.occupy(sneaky))
        .satisfies(e -> assertThat(rootMessage(e)).containsIgnoringCase("assignment_slot"));
    tx.rollback();
    assertThat(activeAssignmentsOf(interpreter)).isEqualTo(1);

    // back to back is fine: the first ends when the next begins
    InterpreterRequest next = request(start.plusMinutes(60));
    caller.actAs("it-coordinator", Role.COORDINATOR);
    InterpreterRequest sameDistrict = requests.load(next.getId());
    assertThat(sameDistrict.getStartsAt()).isEqualTo(start.plusHours(1));
    assertThat(assignments.assign(next.getId(), interpreter.getId()).isActive()).isTrue();
  }

  private boolean isPostgreSql() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  private static String rootMessage(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      all.append(c.getMessage()).append('\n');
    }
    return all.toString();
  }
}
