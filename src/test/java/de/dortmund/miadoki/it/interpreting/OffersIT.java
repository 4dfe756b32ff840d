package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.OfferAnswer;
import de.dortmund.miadoki.interpreting.application.OfferPlan;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.interpreting.domain.OfferStatus;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Offers in tiers, answered in the portal or through the e-mail's link, in the server. */
@ExtendWith(ArquillianExtension.class)
class OffersIT {

  private static final java.time.format.DateTimeFormatter SHOWN =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final Pattern LINK = Pattern.compile("offer\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject Offers offers;
  @Inject de.dortmund.miadoki.interpreting.application.InterpreterDirectory directory;
  @Inject Assignments assignments;
  @Inject de.dortmund.miadoki.platform.security.UserAdministration users;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject Instance<RequestContextController> contexts;
  @Resource ManagedExecutorService executor;

  private String requester;

  private InterpreterRequest request() {
    requester = fixtures.requester("JUG");
    InterpreterRequest request = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return request;
  }

  private OfferPlan plan(List<Interpreter> first) {
    return new OfferPlan(ids(first), List.of(), null, clock.instant().plus(Duration.ofDays(1)));
  }

  private static List<Long> ids(List<Interpreter> interpreters) {
    return interpreters.stream().map(Interpreter::getId).toList();
  }

  /** The answer link's token from the interpreter's latest offer e-mail. */
  private String tokenOf(Interpreter interpreter) {
    List<OutboxMessage> mails = fixtures.mailsTo(interpreter.getEmail());
    for (int i = mails.size() - 1; i >= 0; i--) {
      Matcher m = LINK.matcher(mails.get(i).getBody());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("No offer link was mailed to " + interpreter.getEmail());
  }

  private RequestStatus statusOf(InterpreterRequest request) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return requests.load(request.getId()).getStatus();
  }

  private List<OfferStatus> offerStates(InterpreterRequest request) {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    return offers.of(request.getId()).stream().map(Offer::getStatus).toList();
  }

  @Test
  void theFirstAcceptanceWinsTheOthersAreWithdrawnAndToldTheRequesterLearnsWhoComes() {
    InterpreterRequest request = request();
    Interpreter first = fixtures.interpreter(null);
    Interpreter second = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(List.of(first, second)));
    assertThat(statusOf(request)).isEqualTo(RequestStatus.OFFERED);
    assertThat(fixtures.mailsTo(first.getEmail()).get(0).getBody())
        .contains("Arabisch")
        .containsPattern(LINK);

    caller.anonymous();
    assertThat(offers.answerByToken(tokenOf(second), true)).isEqualTo(OfferAnswer.ACCEPTED);
    assertThat(offers.answerByToken(tokenOf(first), true)).isEqualTo(OfferAnswer.TAKEN);

    assertThat(statusOf(request)).isEqualTo(RequestStatus.ASSIGNED);
    assertThat(requests.assignmentOf(request.getId()).getInterpreter().getId())
        .isEqualTo(second.getId());
    assertThat(offerStates(request))
        .containsExactlyInAnyOrder(OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN);
    assertThat(fixtures.mailsTo(first.getEmail()))
        .extracting(OutboxMessage::getSubject)
        .contains("Angebot zurückgezogen");
    assertThat(fixtures.mailsTo(second.getEmail()))
        .extracting(OutboxMessage::getSubject)
        .contains("Einsatz bestätigt");
    assertThat(fixtures.mailsTo(requester + "@example.org"))
        .extracting(OutboxMessage::getBody)
        .anySatisfy(b -> assertThat(b).contains(second.getDisplayName()));
  }

  @Test
  void tenSimultaneousAcceptancesBookExactlyOneInterpreter() throws Exception {
    InterpreterRequest request = request();
    List<Interpreter> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(fixtures.interpreter(null));
    }
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(pool));
    List<String> tokens = pool.stream().map(this::tokenOf).toList();

    List<Future<OfferAnswer>> answers = new ArrayList<>();
    for (String token : tokens) {
      answers.add(executor.submit(() -> acceptInOwnRequestContext(token)));
    }
    List<OfferAnswer> outcomes = new ArrayList<>();
    for (Future<OfferAnswer> answer : answers) {
      outcomes.add(answer.get(60, TimeUnit.SECONDS));
    }
    assertThat(outcomes).containsOnlyOnce(OfferAnswer.ACCEPTED);
    assertThat(outcomes.stream().filter(o -> o == OfferAnswer.TAKEN)).hasSize(9);
    long active =
        fixtures.read(
            em ->
                em.createQuery(
                        "select count(a) from Assignment a where a.request.id = :r and a.active = true",
                        Long.class)
                    .setParameter("r", request.getId())
                    .getSingleResult());
    assertThat(active).isEqualTo(1);
  }

  private OfferAnswer acceptInOwnRequestContext(String token) {
    RequestContextController context = contexts.get();
    context.activate();
    try {
      caller.anonymous();
      return offers.answerByToken(token, true);
    } finally {
      context.deactivate();
    }
  }

  @Test
  void aPausedInterpretersLinkOpensNothingAndAnAnsweredOfferShowsNoDetails() {
    InterpreterRequest request = request();
    Interpreter paused = fixtures.interpreter(null);
    Interpreter active = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(List.of(paused, active)));
    String pausedLink = tokenOf(paused);
    String activeLink = tokenOf(active);
    caller.anonymous();
    assertThat(offers.byToken(pausedLink)).isPresent();

    caller.actAs("it-coordinator", Role.COORDINATOR);
    directory.changeStatus(
        paused.getId(),
        directory.load(paused.getId()).getVersion(),
        de.dortmund.miadoki.interpreting.domain.InterpreterStatus.PAUSED);
    caller.anonymous();
    assertThat(offers.byToken(pausedLink)).isEmpty();
    assertThat(offers.answerByToken(pausedLink, true)).isEqualTo(OfferAnswer.UNKNOWN);
    // the other interpreter's link still works, once
    assertThat(offers.answerByToken(activeLink, true)).isEqualTo(OfferAnswer.ACCEPTED);
    assertThat(offers.byToken(activeLink).orElseThrow().isAnswerable(clock.instant())).isFalse();
  }

  @Test
  void anOfferLinkStopsWhenTheInterpretersAccountIsDeactivated() {
    InterpreterRequest request = request();
    Interpreter withAccount = fixtures.interpreterWithAccount("Bùi", "Thị Lan");
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(List.of(withAccount)));
    String link = tokenOf(withAccount);
    caller.anonymous();
    assertThat(offers.byToken(link)).isPresent();

    de.dortmund.miadoki.platform.security.PortalUser account =
        fixtures.read(
            em ->
                em.createNamedQuery(
                        de.dortmund.miadoki.platform.security.PortalUser.BY_USERNAME,
                        de.dortmund.miadoki.platform.security.PortalUser.class)
                    .setParameter("username", withAccount.getUsername())
                    .getSingleResult());
    caller.actAs("it-admin", Role.ADMIN);
    users.setActive(account.getId(), account.getVersion(), false);
    caller.anonymous();
    assertThat(offers.byToken(link)).isEmpty();
    assertThat(offers.answerByToken(link, true)).isEqualTo(OfferAnswer.UNKNOWN);
  }

  @Test
  void aLinkWorksOnceAWrongOneIsRefusedAndAudited() {
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(List.of(interpreter)));
    String token = tokenOf(interpreter);

    caller.anonymous();
    assertThat(offers.byToken(token)).isPresent();
    assertThat(offers.answerByToken(token, false)).isEqualTo(OfferAnswer.DECLINED);
    assertThat(offers.answerByToken(token, true)).isEqualTo(OfferAnswer.ALREADY_ANSWERED);
    // all declined: back to matching, with the reason in the history
    assertThat(statusOf(request)).isEqualTo(RequestStatus.NEW);
    assertThat(requests.history(request.getId()))
        .extracting(h -> h.getNote())
        .contains("key:offer.allDeclined");

    caller.anonymous();
    String wrong = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
    assertThat(offers.answerByToken(wrong, true)).isEqualTo(OfferAnswer.UNKNOWN);
    assertThat(offers.answerByToken("not-a-token", true)).isEqualTo(OfferAnswer.UNKNOWN);
    caller.actAs("it-admin", Role.ADMIN);
    List<AuditEntry> refused =
        auditLog
            .search(new AuditSearch("link", "Offer", null, null, null), PageRequest.of(0, 50))
            .rows();
    assertThat(refused).extracting(AuditEntry::getAction).contains(AuditAction.ACCESS_DENIED);
  }

  @Test
  void anExpiredOfferCannotBeAcceptedAndClosesByItselfTheRequestGoesBackToMatching()
      throws Exception {
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Instant expiry = clock.instant().plusSeconds(2);
    offers.send(
        request.getId(), new OfferPlan(List.of(interpreter.getId()), List.of(), null, expiry));
    String token = tokenOf(interpreter);
    Thread.sleep(Duration.between(clock.instant(), expiry).toMillis() + 200);

    caller.anonymous();
    assertThat(offers.answerByToken(token, true)).isEqualTo(OfferAnswer.EXPIRED);
    assertThat(offerStates(request)).containsExactly(OfferStatus.EXPIRED);
    assertThat(statusOf(request)).isEqualTo(RequestStatus.NEW);

    // without anyone answering, the clock closes it
    InterpreterRequest unanswered = request();
    Interpreter silent = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Instant deadline = clock.instant().plus(Duration.ofHours(2));
    offers.send(
        unanswered.getId(), new OfferPlan(List.of(silent.getId()), List.of(), null, deadline));
    assertThat(offers.due(deadline.minusSeconds(1))).doesNotContain(unanswered.getId());
    assertThat(offers.due(deadline)).contains(unanswered.getId());
    offers.settle(unanswered.getId(), deadline);
    assertThat(offerStates(unanswered)).containsExactly(OfferStatus.EXPIRED);
    assertThat(statusOf(unanswered)).isEqualTo(RequestStatus.NEW);
  }

  @Test
  void theSecondTierIsSentAfterItsDelayOnlyIfNobodyAcceptedMeanwhile() {
    InterpreterRequest request = request();
    Interpreter first = fixtures.interpreter(null);
    Interpreter second = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Instant now = clock.instant();
    offers.send(
        request.getId(),
        new OfferPlan(
            List.of(first.getId()),
            List.of(second.getId()),
            Duration.ofMinutes(30),
            now.plus(Duration.ofDays(1))));
    assertThat(offerStates(request)).containsExactly(OfferStatus.OPEN, OfferStatus.WAITING);
    assertThat(fixtures.mailsTo(second.getEmail())).isEmpty();

    offers.settle(request.getId(), now.plus(Duration.ofMinutes(29)));
    assertThat(offerStates(request)).containsExactly(OfferStatus.OPEN, OfferStatus.WAITING);
    offers.settle(request.getId(), now.plus(Duration.ofMinutes(31)));
    assertThat(offerStates(request)).containsExactly(OfferStatus.OPEN, OfferStatus.OPEN);
    assertThat(tokenOf(second)).isNotBlank();

    // a request accepted in tier 1 never reaches tier 2
    InterpreterRequest quick = request();
    Interpreter fast = fixtures.interpreter(null);
    Interpreter later = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(
        quick.getId(),
        new OfferPlan(
            List.of(fast.getId()),
            List.of(later.getId()),
            Duration.ofMinutes(30),
            now.plus(Duration.ofDays(1))));
    caller.anonymous();
    assertThat(offers.answerByToken(tokenOf(fast), true)).isEqualTo(OfferAnswer.ACCEPTED);
    offers.settle(quick.getId(), now.plus(Duration.ofMinutes(31)));
    assertThat(offerStates(quick)).containsExactly(OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN);
    assertThat(fixtures.mailsTo(later.getEmail())).isEmpty();
  }

  @Test
  void interpretersAnswerOnlyTheirOwnOffersInThePortal() {
    String own = PoolFixtures.unique("dolmetscher").toLowerCase();
    String other = PoolFixtures.unique("dolmetscher").toLowerCase();
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(own);
    fixtures.interpreter(other);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    Offer offer = offers.send(request.getId(), plan(List.of(interpreter))).get(0);

    caller.actAs(other, Role.INTERPRETER);
    assertThat(offers.mine()).isEmpty();
    assertThatThrownBy(() -> offers.answer(offer.getId(), true))
        .isInstanceOf(AccessDeniedException.class);
    caller.actAs("it-admin", Role.ADMIN);
    assertThat(
            auditLog
                .search(
                    new AuditSearch(other, "Offer", String.valueOf(offer.getId()), null, null),
                    PageRequest.of(0, 10))
                .rows())
        .extracting(AuditEntry::getAction)
        .containsExactly(AuditAction.ACCESS_DENIED);

    caller.actAs(own, Role.INTERPRETER);
    assertThat(offers.mine()).extracting(Offer::getId).containsExactly(offer.getId());
    assertThat(offers.answer(offer.getId(), true)).isEqualTo(OfferAnswer.ACCEPTED);
    assertThat(assignments.upcomingOfMine())
        .extracting(a -> a.getRequest().getId())
        .contains(request.getId());
    // the same answer sent again (the server went away before its answer arrived): nothing twice
    assertThat(offers.answer(offer.getId(), true)).isEqualTo(OfferAnswer.ALREADY_ANSWERED);
    assertThat(assignments.upcomingOfMine())
        .filteredOn(a -> a.getRequest().getId().equals(request.getId()))
        .hasSize(1);
    assertThat(fixtures.mailsTo(interpreter.getEmail()))
        .extracting(OutboxMessage::getSubject)
        .containsOnlyOnce("Einsatz bestätigt");
  }

  @Test
  void aDropOutSendsTheRequestBackToMatchingAndTellsTheRequester() {
    String own = PoolFixtures.unique("dolmetscher").toLowerCase();
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(own);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(request.getId(), interpreter.getId());

    caller.actAs(own, Role.INTERPRETER);
    Assignment assignment = assignments.upcomingOfMine().get(0);
    assignments.dropOut(
        assignment.getId(), assignment.getRequest().getVersion(), "Krank geschrieben");

    assertThat(statusOf(request)).isEqualTo(RequestStatus.NEW);
    assertThat(requests.assignmentOf(request.getId())).isNull();
    assertThat(requests.history(request.getId()))
        .extracting(h -> h.getNote())
        .contains("Krank geschrieben");
    assertThat(fixtures.mailsTo(requester + "@example.org"))
        .extracting(OutboxMessage::getSubject)
        .contains("Dolmetsch-Einsatz: Ausfall");
    // the freed time can be booked again
    assertThat(assignments.assign(request.getId(), interpreter.getId()).isActive()).isTrue();
  }

  @Test
  void cancellingARequestWithdrawsItsOpenOffers() {
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(request.getId(), plan(List.of(interpreter)));
    requests.cancel(
        request.getId(),
        requests.load(request.getId()).getVersion(),
        Recurrence.Scope.THIS,
        "Termin entfällt");
    assertThat(offerStates(request)).containsExactly(OfferStatus.WITHDRAWN);
    caller.anonymous();
    assertThat(offers.answerByToken(tokenOf(interpreter), true)).isEqualTo(OfferAnswer.TAKEN);
  }

  @Test
  void anIncompletePlanIsRefusedFieldByField() {
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThatThrownBy(
            () ->
                offers.send(
                    request.getId(),
                    new OfferPlan(List.of(), List.of(), null, clock.instant().minusSeconds(60))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactlyInAnyOrder("firstTier", "expiresAt"));
    offers.send(request.getId(), plan(List.of(interpreter)));
    assertThatThrownBy(() -> offers.send(request.getId(), plan(List.of(interpreter))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::messageKey)
                    .containsExactly("offer.duplicate"));
  }

  @Test
  void aSeriesOfferBooksEveryOccurrenceThatFitsAndLeavesTheClashingOneOpen() {
    requester = fixtures.requester("JUG");
    LocalDateTime first = fixtures.freeTuesday();
    List<InterpreterRequest> series =
        requests.createSeries(fixtures.form(first), null, new Recurrence(7, 4, null));
    Interpreter interpreter = fixtures.interpreterWithAccount("Mustafa", "Çelik");
    // on the third Tuesday the interpreter is booked elsewhere already
    fixtures.requester("SOZ");
    InterpreterRequest elsewhere = requests.create(fixtures.form(first.plusWeeks(2)), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(elsewhere.getId(), interpreter.getId());

    offers.send(
        series.get(0).getId(),
        new OfferPlan(
            List.of(interpreter.getId()),
            List.of(),
            null,
            clock.instant().plus(Duration.ofDays(1)),
            true));
    OutboxMessage offerMail =
        fixtures.mailsTo(interpreter.getEmail()).stream()
            .filter(m -> m.getSubject().contains("Terminserie"))
            .findFirst()
            .orElseThrow();
    for (int week = 0; week < 4; week++) {
      assertThat(offerMail.getBody()).contains(first.plusWeeks(week).format(SHOWN));
    }

    caller.anonymous();
    assertThat(offers.answerByToken(tokenOf(interpreter), true))
        .isEqualTo(OfferAnswer.ACCEPTED_IN_PART);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    for (int i : new int[] {0, 1, 3}) {
      assertThat(statusOf(series.get(i))).isEqualTo(RequestStatus.ASSIGNED);
      assertThat(requests.assignmentOf(series.get(i).getId()).getInterpreter().getId())
          .isEqualTo(interpreter.getId());
    }
    assertThat(statusOf(series.get(2))).isEqualTo(RequestStatus.NEW);
    String confirmed =
        fixtures.mailsTo(interpreter.getEmail()).stream()
            .filter(m -> m.getSubject().equals("Terminserie bestätigt"))
            .findFirst()
            .orElseThrow()
            .getBody();
    assertThat(confirmed.substring(confirmed.indexOf("bleiben offen")))
        .contains(first.plusWeeks(2).format(SHOWN))
        .doesNotContain(first.plusWeeks(1).format(SHOWN));
    // the requester gets one mail for the series, not one per date
    assertThat(fixtures.mailsTo(requester + "@example.org"))
        .extracting(OutboxMessage::getSubject)
        .containsOnlyOnce("Ihre Terminserie ist besetzt")
        .doesNotContain("Ihre Dolmetsch-Anfrage ist besetzt");

    // one date of the series moves: it is offered to the booked interpreter again
    caller.actAs(requester, Role.REQUESTER);
    InterpreterRequest second = requests.load(series.get(1).getId());
    RequestForm moved = fixtures.changeOf(second, second.getStartsAt().plusHours(3));
    requests.change(second.getId(), moved, Recurrence.Scope.THIS);
    assertThat(statusOf(second)).isEqualTo(RequestStatus.OFFERED);
    assertThat(statusOf(series.get(3))).isEqualTo(RequestStatus.ASSIGNED);
    assertThat(fixtures.mailsTo(interpreter.getEmail()))
        .extracting(OutboxMessage::getSubject)
        .contains("Dolmetsch-Einsatz verlegt: bitte antworten Sie");
  }

  @Test
  void onlyAnOccurrenceOfASeriesCanBeOfferedWithTheFollowing() {
    InterpreterRequest request = request();
    Interpreter interpreter = fixtures.interpreter(null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThatThrownBy(
            () ->
                offers.send(
                    request.getId(),
                    new OfferPlan(
                        List.of(interpreter.getId()),
                        List.of(),
                        null,
                        clock.instant().plus(Duration.ofDays(1)),
                        true)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactly("following"));
  }
}
