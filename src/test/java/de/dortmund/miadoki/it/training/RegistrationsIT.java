package de.dortmund.miadoki.it.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.it.support.TrainingFixtures;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.application.CertificateCheck;
import de.dortmund.miadoki.training.application.Certificates;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.application.SessionForm;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registrations from sign-up to certificate, in the server, on the real database. */
@ExtendWith(ArquillianExtension.class)
class RegistrationsIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject TrainingFixtures fixtures;
  @Inject PoolFixtures pool;
  @Inject Registrations registrations;
  @Inject RegistrationLists lists;
  @Inject TrainingSessions sessions;
  @Inject Certificates certificates;
  @Inject CertificateCheck check;
  @Inject AuditLog auditLog;
  @Inject Instance<RequestContextController> contexts;
  @Resource ManagedExecutorService executor;

  @Test
  void aRegistrationWaitsForItsSupervisorHoldsItsPlaceAndMovesUpWhenSomeoneCancels() {
    TrainingFixtures.Team team = fixtures.team();
    String ayse = fixtures.staff(team.department(), "Ayşe Demir");
    String minh = fixtures.staff(team.department(), "Nguyễn Văn Minh");
    String olena = fixtures.staff(team.department(), "Олена Коваленко");
    TrainingSession session = fixtures.openSession(1, WaitingListPolicy.AUTOMATIC, true, false);

    caller.actAs(ayse, Role.STAFF);
    Registration first = registrations.register(session.getId(), null);
    assertThat(first.getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    assertThat(first.isPlaceHeld()).isTrue();
    caller.actAs(team.supervisor(), Role.SUPERVISOR, Role.STAFF);
    Registration second = registrations.bookFor(session.getId(), minh, null);
    assertThat(second.getStatus()).isEqualTo(RegistrationStatus.WAITING);
    assertThat(pool.mailsTo(team.supervisor() + "@example.org"))
        .extracting(OutboxMessage::getBody)
        .anyMatch(body -> body.contains("Ayşe Demir"));

    // the supervisor sees the one waiting, approves it, and it takes the held place
    assertThat(lists.awaitingMyDecision()).extracting(Registration::getId).contains(first.getId());
    registrations.approve(first.getId(), fixtures.registration(first.getId()).getVersion());
    assertThat(fixtures.registration(first.getId()).getStatus())
        .isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(pool.mailsTo(ayse + "@example.org"))
        .extracting(OutboxMessage::getSubject)
        .contains("Fortbildung: Ihr Platz ist bestätigt");

    caller.actAs(olena, Role.STAFF);
    Registration third = registrations.register(session.getId(), null);
    caller.actAs(ayse, Role.STAFF);
    registrations.cancel(first.getId(), fixtures.registration(first.getId()).getVersion());

    assertThat(fixtures.registration(second.getId()).getStatus())
        .isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(fixtures.registration(third.getId()).getStatus())
        .isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    caller.actAs(olena, Role.STAFF);
    assertThat(lists.mine()).singleElement().satisfies(m -> assertThat(m.position()).isEqualTo(1));
  }

  @Test
  void aRoomOrATrainerIsNeverInTwoOverlappingPartsButMayFollowOnDirectly() {
    TrainingSession first = fixtures.openSession(5, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    SessionForm same = sessions.formOf(first.getId());
    SessionForm overlapping = sessions.formOf(first.getId());
    overlapping.setParts(
        new ArrayList<>(
            List.of(
                new SessionForm.Part(
                    same.getParts().get(0).getStartsAt().plusHours(6),
                    same.getParts().get(0).getEndsAt().plusHours(3)))));
    // the same room and trainer from 15:00: refused at the parts, nothing stored
    assertThatThrownBy(() -> sessions.plan(overlapping))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("session.slot.taken"));
    // the same trainer in another room: refused as well
    SessionForm otherRoom = sessions.formOf(first.getId());
    otherRoom.setParts(overlapping.getParts());
    otherRoom.setRoomId(null);
    otherRoom.setOnlineLink("https://meet.example.org/zweiter-raum");
    assertThatThrownBy(() -> sessions.plan(otherRoom)).isInstanceOf(RuleViolationException.class);
    // directly after the first session ends: fine
    SessionForm following = sessions.formOf(first.getId());
    following.setParts(
        new ArrayList<>(
            List.of(
                new SessionForm.Part(
                    same.getParts().get(0).getEndsAt(),
                    same.getParts().get(0).getEndsAt().plusHours(2)))));
    following.setRegistrationDeadline(same.getRegistrationDeadline());
    assertThat(sessions.plan(following).getId()).isNotNull();
  }

  @Test
  void theCatalogueFindsOpenSessionsByTextTopicAndFirstDay() {
    TrainingSession session = fixtures.openSession(5, WaitingListPolicy.AUTOMATIC, false, false);
    String title = session.getCourse().getTitle();
    String part = title.substring(title.length() - 6);
    caller.actAs("it-staff", Role.STAFF);
    var found = sessions.catalogue(part, null, null, PageRequest.of(0, 50)).rows();
    assertThat(found).extracting(TrainingSession::getId).containsExactly(session.getId());
    assertThat(sessions.catalogue(part, Topic.RELIGION_CULTURE, null, PageRequest.of(0, 50)).rows())
        .isEmpty();
    java.time.LocalDate day = session.getStartsAt().toLocalDate();
    assertThat(
            sessions
                .catalogue(part, Topic.INTERCULTURAL_COMPETENCE, day, PageRequest.of(0, 50))
                .rows())
        .hasSize(1);
    assertThat(sessions.catalogue(part, null, day.plusDays(1), PageRequest.of(0, 50)).rows())
        .isEmpty();
  }

  @Test
  void nobodyDecidesOnTheirOwnRegistrationNorOnAnotherDepartments() {
    TrainingFixtures.Team team = fixtures.team();
    TrainingFixtures.Team other = fixtures.team();
    String rojda = fixtures.staff(team.department(), "Rojda Aslan");
    TrainingSession session = fixtures.openSession(5, WaitingListPolicy.AUTOMATIC, true, false);

    caller.actAs(team.supervisor(), Role.SUPERVISOR, Role.STAFF);
    Registration own = registrations.register(session.getId(), null);
    assertThatThrownBy(
            () ->
                registrations.approve(own.getId(), fixtures.registration(own.getId()).getVersion()))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("registration.approve.own"));

    caller.actAs(rojda, Role.STAFF);
    Registration staff = registrations.register(session.getId(), null);
    caller.actAs(other.supervisor(), Role.SUPERVISOR, Role.STAFF);
    long version = fixtures.registration(staff.getId()).getVersion();
    assertThatThrownBy(() -> registrations.approve(staff.getId(), version))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(denials(other.supervisor(), "Registration", staff.getId())).isEqualTo(1);

    // a deputy of the department may decide
    String deputy = pool.account("vertretung", "Karim Haddad", other.department(), Role.SUPERVISOR);
    fixtures.appoint(team.department(), deputy, true);
    caller.actAs(deputy, Role.SUPERVISOR);
    assertThatThrownBy(() -> registrations.reject(staff.getId(), version, " "))
        .isInstanceOf(RuleViolationException.class);
    registrations.reject(staff.getId(), version, "Dienstplan im März");
    assertThat(fixtures.registration(staff.getId()).getStatus())
        .isEqualTo(RegistrationStatus.REJECTED);
  }

  @Test
  void staffOpeningAnotherPersonsRegistrationOrCertificateIsRefusedAndAudited() {
    TrainingFixtures.Team team = fixtures.team();
    String ayse = fixtures.staff(team.department(), "Ayşe Demir");
    String jonas = fixtures.staff(team.department(), "Jonas Becker");
    TrainingSession session = fixtures.openSession(5, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs(ayse, Role.STAFF);
    Registration hers = registrations.register(session.getId(), null);
    Certificate certificate = fixtures.certificateOf(ayse);

    caller.actAs(jonas, Role.STAFF);
    assertThatThrownBy(() -> lists.load(hers.getId())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> certificates.load(certificate.getId()))
        .isInstanceOf(AccessDeniedException.class);
    long version = fixtures.registration(hers.getId()).getVersion();
    assertThatThrownBy(() -> registrations.cancel(hers.getId(), version))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(denials(jonas, "Registration", hers.getId())).isEqualTo(2);
    assertThat(denials(jonas, "Certificate", certificate.getId())).isEqualTo(1);

    caller.actAs(ayse, Role.STAFF);
    assertThat(certificates.load(certificate.getId()).getPersonName()).isEqualTo("Ayşe Demir");
  }

  @Test
  void aCertificatesCodeShowsOnlyNameCourseDatesAndValidityAndAnyTypoFindsNothing() {
    String ayse = pool.account("staff", "Ayşe Şeker", "SOZ", Role.STAFF);
    Certificate certificate = fixtures.certificateOf(ayse);
    caller.anonymous();

    var shown = check.verify(certificate.getCode().toLowerCase().replace("-", " ")).orElseThrow();
    assertThat(shown.personName()).isEqualTo("Ayşe Şeker");
    assertThat(shown.valid()).isTrue();
    assertThat(shown.heldFrom()).isEqualTo(certificate.getHeldFrom());
    String code = certificate.getCode();
    String typo = code.substring(0, 23) + (code.charAt(23) == 'A' ? 'B' : 'A');
    assertThat(check.verify(typo)).isEmpty();
    assertThat(certificate.getCode()).matches("([A-Z2-9]{4}-){4}[A-Z2-9]{4}");
  }

  @Test
  void ofTwentyPeopleAskingAtOnceForTheLastPlaceExactlyOneGetsItAndTheRestQueueWithoutGaps()
      throws Exception {
    TrainingSession session = fixtures.openSession(1, WaitingListPolicy.AUTOMATIC, false, false);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(pool.account("staff", "Người " + i, "SOZ", Role.STAFF));
    }
    List<Future<Long>> answers = new ArrayList<>();
    for (String person : people) {
      answers.add(executor.submit(() -> registerInOwnRequestContext(person, session.getId())));
    }
    for (Future<Long> answer : answers) {
      answer.get(120, TimeUnit.SECONDS);
    }

    List<Registration> all = fixtures.registrationsOf(session.getId());
    assertThat(all).hasSize(20);
    assertThat(all).filteredOn(r -> r.getStatus() == RegistrationStatus.CONFIRMED).hasSize(1);
    assertThat(all.get(0).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(all.subList(1, 20)).allMatch(r -> r.getStatus() == RegistrationStatus.WAITING);
    assertThat(all).extracting(Registration::getArrival).doesNotHaveDuplicates().isSorted();
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    assertThat(lists.positions(session.getId()).values())
        .containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(1, 19).mapToObj(i -> (int) i).toList());
  }

  private Long registerInOwnRequestContext(String person, Long sessionId) {
    RequestContextController context = contexts.get();
    context.activate();
    try {
      caller.actAs(person, Role.STAFF);
      return registrations.register(sessionId, null).getId();
    } finally {
      context.deactivate();
    }
  }

  private long denials(String person, String type, Object id) {
    caller.actAs("it-admin", Role.ADMIN);
    return auditLog
        .search(
            new AuditSearch(person, type, String.valueOf(id), null, null), PageRequest.of(0, 50))
        .rows()
        .stream()
        .filter(e -> e.getAction() == AuditAction.ACCESS_DENIED)
        .count();
  }
}
