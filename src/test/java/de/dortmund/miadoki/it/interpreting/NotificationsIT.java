package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.OfferAnswer;
import de.dortmund.miadoki.interpreting.application.OfferPlan;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.Reminders;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.notification.OutboxSender;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.time.WorkingDays;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who is told what about a request, in the recipient's language, and that no mail carries the
 * client's address: interpreters on a direct assignment, a cancellation and a change of time or
 * place; requesters on changes of their request that others made; coordinators on urgent requests,
 * drop-outs, offers that ran out and requests still unstaffed shortly before they start. One test
 * delivers through the outbox to GreenMail on the port the server's mail session points to.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final String ADDRESS = "Südwall";
  private static final Pattern LINK = Pattern.compile("offer\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject RequestService requests;
  @Inject Assignments assignments;
  @Inject Offers offers;
  @Inject Reminders reminders;
  @Inject OutboxSender sender;
  @Inject Clock clock;

  /** An account's mails are written in English from now on. */
  private void speaksEnglish(String username) {
    fixtures.read(
        em -> {
          em.createQuery("select u from PortalUser u where u.username = :n", PortalUser.class)
              .setParameter("n", username)
              .getSingleResult()
              .preferLocale("en");
          return null;
        });
  }

  /** A coordinator whose mails are in English; returns the address. */
  private String englishCoordinator() {
    String name = fixtures.account("koord", "Nguyễn Thị Lan", null, Role.COORDINATOR);
    speaksEnglish(name);
    return name + "@example.org";
  }

  private Interpreter englishInterpreter() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Olena", "Kovalenko");
    speaksEnglish(interpreter.getUsername());
    return interpreter;
  }

  private static List<String> subjects(List<OutboxMessage> mails) {
    return mails.stream().map(OutboxMessage::getSubject).toList();
  }

  private OutboxMessage mailWithSubject(String to, String subject) {
    return fixtures.mailsTo(to).stream()
        .filter(m -> m.getSubject().equals(subject))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No mail '" + subject + "' to " + to));
  }

  private InterpreterRequest booked(Interpreter interpreter, String requester) {
    caller.actAs(requester, Role.REQUESTER);
    InterpreterRequest request = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assignments.assign(request.getId(), interpreter.getId());
    return requests.load(request.getId());
  }

  @Test
  void aDirectAssignmentTellsTheInterpreterInTheirLanguageWithoutTheAddress() {
    Interpreter interpreter = englishInterpreter();
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    OutboxMessage toInterpreter =
        mailWithSubject(interpreter.getEmail(), "You are booked for an interpreting appointment");
    assertThat(toInterpreter.getBody())
        .contains("Hello Olena Kovalenko")
        .contains("Arabic")
        .contains("/interpreting/appointments.xhtml")
        .doesNotContain(ADDRESS);
    OutboxMessage toRequester =
        mailWithSubject(requester + "@example.org", "Ihre Dolmetsch-Anfrage ist besetzt");
    assertThat(toRequester.getBody())
        .contains("Olena Kovalenko")
        .contains("/interpreting/request.xhtml?id=" + request.getId())
        .doesNotContain(ADDRESS);
  }

  @Test
  void aCancellationTellsTheBookedInterpreterAndTheRequesterHearsWhatTheCoordinatorsDid() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Zeynep", "Yıldırım");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    requests.cancel(
        request.getId(), request.getVersion(), Recurrence.Scope.THIS, "Termin entfällt");

    assertThat(mailWithSubject(interpreter.getEmail(), "Dolmetsch-Einsatz abgesagt").getBody())
        .contains("Guten Tag Zeynep Yıldırım")
        .doesNotContain(ADDRESS);
    assertThat(
            mailWithSubject(
                    requester + "@example.org", "Ihre Dolmetsch-Anfrage hat einen neuen Stand")
                .getBody())
        .contains("storniert")
        .contains("Termin entfällt");
  }

  @Test
  void theRequesterIsNotToldOfWhatTheyDidThemselves() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Hoa", "Trần");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);
    int before = fixtures.mailsTo(requester + "@example.org").size();

    caller.actAs(requester, Role.REQUESTER);
    requests.cancel(request.getId(), request.getVersion(), Recurrence.Scope.THIS, null);

    assertThat(fixtures.mailsTo(requester + "@example.org")).hasSize(before);
    assertThat(subjects(fixtures.mailsTo(interpreter.getEmail())))
        .contains("Dolmetsch-Einsatz abgesagt");
  }

  @Test
  void aNewPlaceKeepsTheBookingAndTellsTheInterpreter() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Rojda", "Aydın");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    caller.actAs(requester, Role.REQUESTER);
    RequestForm moved = fixtures.changeOf(request, request.getStartsAt());
    moved.setAddress("Hoher Wall 9, 44137 Dortmund");
    moved.setDistrict(District.INNENSTADT_OST);
    requests.change(request.getId(), moved, Recurrence.Scope.THIS);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(requests.load(request.getId()).getStatus()).isEqualTo(RequestStatus.ASSIGNED);
    assertThat(mailWithSubject(interpreter.getEmail(), "Dolmetsch-Einsatz: Ort geändert").getBody())
        .contains("Innenstadt-Ost")
        .doesNotContain("Hoher Wall");
  }

  @Test
  void aNewTimeIsOfferedToTheSameInterpreterAndAcceptingBooksThemAgain() {
    Interpreter interpreter = fixtures.interpreterWithAccount("Ahmad", "Al-Hassan");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    caller.actAs(requester, Role.REQUESTER);
    RequestForm later = fixtures.changeOf(request, request.getStartsAt().plusDays(1).withHour(14));
    requests.change(request.getId(), later, Recurrence.Scope.THIS);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(requests.load(request.getId()).getStatus()).isEqualTo(RequestStatus.OFFERED);
    assertThat(requests.assignmentOf(request.getId())).isNull();
    String body =
        mailWithSubject(interpreter.getEmail(), "Dolmetsch-Einsatz verlegt: bitte antworten Sie")
            .getBody();
    assertThat(body).contains("14:00").doesNotContain(ADDRESS);
    Matcher token = LINK.matcher(body);
    assertThat(token.find()).isTrue();

    caller.anonymous();
    assertThat(offers.answerByToken(token.group(1), true)).isEqualTo(OfferAnswer.ACCEPTED);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(requests.load(request.getId()).getStatus()).isEqualTo(RequestStatus.ASSIGNED);
    assertThat(requests.assignmentOf(request.getId()).getInterpreter().getId())
        .isEqualTo(interpreter.getId());
    assertThat(requests.assignmentOf(request.getId()).getStartsAt().getHour()).isEqualTo(14);
  }

  @Test
  void aNewTimeTheInterpreterCannotTakeEndsTheBookingAndTheCoordinatorsAreTold() {
    String coordinator = englishCoordinator();
    Interpreter interpreter = fixtures.interpreterWithAccount("Thanh", "Phạm");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    // the fixtures' interpreters work until 18:00
    caller.actAs(requester, Role.REQUESTER);
    RequestForm evening = fixtures.changeOf(request, request.getStartsAt().withHour(19));
    requests.change(request.getId(), evening, Recurrence.Scope.THIS);

    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThat(requests.load(request.getId()).getStatus()).isEqualTo(RequestStatus.NEW);
    assertThat(requests.assignmentOf(request.getId())).isNull();
    assertThat(mailWithSubject(interpreter.getEmail(), "Dolmetsch-Einsatz verlegt").getBody())
        .contains("19:00");
    assertThat(mailWithSubject(coordinator, "Moved appointment needs a new interpreter").getBody())
        .contains("Thanh Phạm")
        .contains("/interpreting/request.xhtml?id=" + request.getId());
  }

  @Test
  void anUrgentRequestIsAnnouncedToTheCoordinatorsInTheirLanguage() {
    String coordinator = englishCoordinator();
    fixtures.requester("JUG");
    RequestForm form = fixtures.form(fixtures.freeTuesday());
    form.setUrgent(true);
    form.setUrgencyReason("Inobhutnahme, Gespräch mit der Mutter");
    InterpreterRequest request = requests.create(form, null);

    assertThat(mailWithSubject(coordinator, "Urgent interpreting request").getBody())
        .contains("Inobhutnahme, Gespräch mit der Mutter")
        .contains("Arabic")
        .contains("/interpreting/request.xhtml?id=" + request.getId())
        .doesNotContain(ADDRESS);
  }

  @Test
  void aDropOutTellsTheRequesterAndTheCoordinators() {
    String coordinator = englishCoordinator();
    Interpreter interpreter = fixtures.interpreterWithAccount("Dilan", "Demir");
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = booked(interpreter, requester);

    long assignment = requests.assignmentOf(request.getId()).getId();
    caller.actAs(interpreter.getUsername(), Role.INTERPRETER);
    assignments.dropOut(assignment, request.getVersion(), "krank");

    assertThat(mailWithSubject(requester + "@example.org", "Dolmetsch-Einsatz: Ausfall").getBody())
        .contains("Dilan Demir");
    assertThat(mailWithSubject(coordinator, "Drop-out: replacement needed").getBody())
        .contains("Dilan Demir")
        .contains("/interpreting/request.xhtml?id=" + request.getId());
  }

  @Test
  void offersThatRanOutAreReportedToTheCoordinatorsAndTheRequesterHearsOfTheOffers() {
    String coordinator = englishCoordinator();
    Interpreter interpreter = fixtures.interpreter(null);
    String requester = fixtures.requester("SOZ");
    InterpreterRequest request = requests.create(fixtures.form(fixtures.freeTuesday()), null);
    caller.actAs("it-coordinator", Role.COORDINATOR);
    offers.send(
        request.getId(),
        new OfferPlan(
            List.of(interpreter.getId()),
            List.of(),
            null,
            clock.instant().plus(Duration.ofDays(1))));
    assertThat(
            mailWithSubject(
                    requester + "@example.org", "Ihre Dolmetsch-Anfrage hat einen neuen Stand")
                .getBody())
        .contains("angeboten");

    Matcher token = LINK.matcher(fixtures.mailsTo(interpreter.getEmail()).get(0).getBody());
    assertThat(token.find()).isTrue();
    caller.anonymous();
    assertThat(offers.answerByToken(token.group(1), false)).isEqualTo(OfferAnswer.DECLINED);

    assertThat(mailWithSubject(coordinator, "Offers without an acceptance").getBody())
        .contains("/interpreting/request.xhtml?id=" + request.getId());
  }

  @Test
  void aRequestStillUnstaffedTwoWorkingDaysAheadIsReportedOnce() {
    String coordinator = englishCoordinator();
    fixtures.requester("JUG");
    LocalDateTime now = LocalDateTime.now(clock.withZone(ClockProducer.ZONE));
    RequestForm form = fixtures.form(WorkingDays.plus(now, 1).withHour(9).withMinute(30));
    form.setUrgent(true);
    form.setUrgencyReason("Termin beim Jobcenter kurzfristig");
    InterpreterRequest request = requests.create(form, null);
    String link = "/interpreting/request.xhtml?id=" + request.getId();

    reminders.warnUnstaffed(clock.instant());
    reminders.warnUnstaffed(clock.instant());

    assertThat(
            fixtures.mailsTo(coordinator).stream()
                .filter(m -> m.getSubject().equals("Request due soon and not staffed"))
                .filter(m -> m.getBody().contains(link + "\n")))
        .hasSize(1);
  }

  @Test
  void theMailsLeaveThroughTheOutbox() throws Exception {
    Interpreter interpreter = englishInterpreter();
    String requester = fixtures.requester("SOZ");
    int port = Integer.getInteger("it.smtp.port");
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      booked(interpreter, requester);
      Instant now = clock.instant();
      for (int i = 0; i < 20 && !delivered(smtp, interpreter.getEmail()); i++) {
        sender.sendDue(now.plus(Duration.ofHours(3)));
        Thread.sleep(250);
      }
      MimeMessage mail =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> isTo(m, interpreter.getEmail()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("Nothing delivered"));
      assertThat(mail.getSubject()).isEqualTo("You are booked for an interpreting appointment");
    } finally {
      smtp.stop();
    }
  }

  private static boolean delivered(GreenMail smtp, String to) {
    return Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> isTo(m, to));
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
