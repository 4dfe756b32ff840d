package de.dortmund.miadoki.it.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.it.support.TrainingFixtures;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.application.Feedback;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.application.TrainingStatistics;
import de.dortmund.miadoki.training.domain.FeedbackAnswer.Question;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Invitations, anonymous feedback and the statistics, in the server on the real database. */
@ExtendWith(ArquillianExtension.class)
class AfterTheSessionIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject TrainingFixtures fixtures;
  @Inject PoolFixtures pool;
  @Inject Registrations registrations;
  @Inject TrainingSessions sessions;
  @Inject Feedback feedback;
  @Inject TrainingStatistics statistics;
  @Inject de.dortmund.miadoki.training.application.TrainingCalendar calendar;
  @Inject de.dortmund.miadoki.training.application.TrainingFeed feeds;
  @Inject de.dortmund.miadoki.training.application.Deadlines deadlines;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  @Test
  void aPlaceBringsAnInvitationAMoveAnUpdateAndACancellationWithdrawsIt() {
    TrainingFixtures.Team team = fixtures.team();
    String olena = fixtures.staff(team.department(), "Олена Коваленко");
    TrainingSession session = fixtures.openSession(3, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs(olena, Role.STAFF);
    registrations.register(session.getId(), null);

    OutboxMessage invitation = last(olena);
    assertThat(invitation.getCalendarMethod()).isEqualTo("REQUEST");
    String uid = line(invitation.getCalendar(), "UID:");
    assertThat(invitation.getCalendar())
        .contains("METHOD:REQUEST")
        .contains("SEQUENCE:0")
        .contains("BEGIN:VTIMEZONE")
        .contains("TZID:Europe/Berlin")
        .contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + olena);

    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    var form = sessions.formOf(session.getId());
    form.getParts().get(0).setStartsAt(form.getParts().get(0).getStartsAt().plusHours(1));
    TrainingSession current = sessions.load(session.getId());
    sessions.change(session.getId(), current.getVersion(), form);
    OutboxMessage update = last(olena);
    assertThat(update.getSubject()).contains("geändert");
    assertThat(line(update.getCalendar(), "UID:")).isEqualTo(uid);
    assertThat(update.getCalendar()).contains("SEQUENCE:1").contains("T100000");

    current = sessions.load(session.getId());
    sessions.cancel(session.getId(), current.getVersion());
    OutboxMessage cancellation = last(olena);
    assertThat(cancellation.getCalendarMethod()).isEqualTo("CANCEL");
    assertThat(cancellation.getCalendar())
        .contains("METHOD:CANCEL")
        .contains("STATUS:CANCELLED")
        .contains("SEQUENCE:2");
    assertThat(line(cancellation.getCalendar(), "UID:")).isEqualTo(uid);
  }

  @Test
  void feedbackIsAnonymousOnceOnlyAndShownFromThreeAnswersOn() {
    String ayse = pool.account("staff", "Ayşe Demir", "SOZ", Role.STAFF);
    String rojda = pool.account("staff", "Rojda Aslan", "SOZ", Role.STAFF);
    String minh = pool.account("staff", "Nguyễn Văn Minh", "GES", Role.STAFF);
    String absent = pool.account("staff", "Jonas Becker", "GES", Role.STAFF);
    TrainingSession session = fixtures.heldSession(1, List.of(ayse, rojda, minh), List.of());
    TrainingSession other = fixtures.heldSession(1, List.of(absent), List.of());

    answer(ayse, session, List.of(5, 5, 4, 5), "Sehr praxisnah");
    answer(rojda, session, List.of(3, 4, 2, 4), "Raum zu klein");
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    Feedback.Results twoAnswers = feedback.results(session.getId());
    assertThat(twoAnswers.shown()).isFalse();
    assertThat(twoAnswers.averages()).isEmpty();
    assertThat(twoAnswers.freeTexts()).isEmpty();

    answer(minh, session, List.of(4, 3, 3, 3), null);
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    Feedback.Results results = feedback.results(session.getId());
    assertThat(results.answers()).isEqualTo(3);
    assertThat(results.averages().get(Question.CONTENT)).isEqualTo(4.0);
    assertThat(results.freeTexts()).containsExactlyInAnyOrder("Sehr praxisnah", "Raum zu klein");

    // once per person; not for someone of another session
    Registration ayses = fixtures.registrationOf(session.getId(), ayse);
    caller.actAs(ayse, Role.STAFF);
    assertThat(feedback.open(ayses.getId())).isFalse();
    assertThatThrownBy(() -> feedback.answer(ayses.getId(), List.of(1, 1, 1, 1), null))
        .isInstanceOf(RuleViolationException.class);

    // the stored answers know the session and the day, nothing of the person
    List<?> columns =
        fixtures.read(
            em ->
                em.createNativeQuery(
                        "select lower(column_name) from information_schema.columns"
                            + " where lower(table_name) = 'training_feedback'")
                    .getResultList());
    assertThat(columns)
        .map(String::valueOf)
        .doesNotContain("registration_id", "username", "answered_at", "created_at")
        .contains("session_id", "answered_on");
    caller.actAs("it-admin", Role.ADMIN);
    assertThat(
            auditLog
                .search(
                    new AuditSearch(ayse, "FeedbackAnswer", null, null, null),
                    PageRequest.of(0, 10))
                .rows())
        .isEmpty();
    assertThat(other.getId()).isNotNull();
  }

  @Test
  void statisticsCountTrainedAndPartlyTrainedInTheirDepartmentAgainstItsHeadcount() {
    String department = fixtures.newDepartment();
    String first = pool.account("staff", "Hêvî Demirtaş", department, Role.STAFF);
    String second = pool.account("staff", "Yusuf Öztürk", department, Role.STAFF);
    String partly = pool.account("staff", "Trần Thị Mai", department, Role.STAFF);
    TrainingSession session = fixtures.heldSession(2, List.of(first, second), List.of(partly));
    int year = session.getEndsAt().getYear();

    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    Long departmentId = pool.department(department).getId();
    statistics.setHeadcount(departmentId, year, 40);
    TrainingStatistics.DepartmentYear row =
        statistics.byDepartment(year).stream()
            .filter(d -> d.departmentId().equals(departmentId))
            .findFirst()
            .orElseThrow();
    assertThat(row.trained()).isEqualTo(2);
    assertThat(row.partial()).isEqualTo(1);
    assertThat(row.headcount()).isEqualTo(40);
    assertThat(row.share()).isEqualByComparingTo("5.0");
    assertThat(statistics.byCourse(year))
        .anySatisfy(c -> assertThat(c.course()).isEqualTo(session.getCourse().getTitle()));
    assertThat(statistics.progress(year - 1, year))
        .anySatisfy(
            p -> {
              assertThat(p.year()).isEqualTo(year);
              assertThat(p.trained()).isGreaterThanOrEqualTo(2);
            });
    assertThat(LocalDate.now(clock).getYear() - year).isBetween(0, 1);
  }

  @Test
  void participantsAreRemindedAWeekAndADayBeforeEachOnce() {
    TrainingFixtures.Team team = fixtures.team();
    String hevi = fixtures.staff(team.department(), "Hêvî Demirtaş");
    TrainingSession session = fixtures.openSession(3, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs(hevi, Role.STAFF);
    registrations.register(session.getId(), null);
    int mailsBefore = pool.mailsTo(hevi + "@example.org").size();

    // six days ahead: the week's reminder, once
    fixtures.startIn(session.getId(), java.time.Duration.ofDays(6));
    deadlines.remindParticipants();
    deadlines.remindParticipants();
    List<OutboxMessage> mails = pool.mailsTo(hevi + "@example.org");
    assertThat(mails).hasSize(mailsBefore + 1);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("in einer Woche");

    // twenty hours ahead: the day's reminder, once
    fixtures.startIn(session.getId(), java.time.Duration.ofHours(20));
    deadlines.remindParticipants();
    deadlines.remindParticipants();
    mails = pool.mailsTo(hevi + "@example.org");
    assertThat(mails).hasSize(mailsBefore + 2);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("morgen");
  }

  @Test
  void thePersonalFeedShowsConfirmedSessionsBehindItsLinkAndANewLinkVoidsTheOld() {
    TrainingFixtures.Team team = fixtures.team();
    String serhiy = fixtures.staff(team.department(), "Serhiy Bondarenko");
    TrainingSession session = fixtures.openSession(3, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs(serhiy, Role.STAFF);
    registrations.register(session.getId(), null);

    String first = calendar.renewFeed();
    String feed = feeds.feed(first).orElseThrow();
    assertThat(feed)
        .contains("SUMMARY:" + session.getCourse().getTitle())
        .contains("UID:training-part-");
    String second = calendar.renewFeed();
    assertThat(feeds.feed(first)).isEmpty();
    assertThat(feeds.feed(second)).isPresent();
    assertThat(feeds.feed("not-a-token")).isEmpty();
  }

  @Test
  void aSessionBelowItsMinimumAtTheDeadlineIsReportedToTheManagersOnce() {
    TrainingFixtures.Team team = fixtures.team();
    String leyla = fixtures.staff(team.department(), "Leyla Karimi");
    TrainingSession session =
        fixtures.openSession(10, 5, WaitingListPolicy.AUTOMATIC, false, false);
    caller.actAs(leyla, Role.STAFF);
    registrations.register(session.getId(), null);
    fixtures.deadlinePassed(session.getId());
    String title = session.getCourse().getTitle();

    deadlines.warnBelowMinimum();
    deadlines.warnBelowMinimum();
    assertThat(pool.mailsTo("fortbildung@miadoki.local"))
        .filteredOn(m -> m.getBody().contains(title))
        .singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains("Mindestteilnehmerzahl"));
    caller.actAs("it-fortbildung", Role.TRAINING_MANAGER);
    assertThat(sessions.search(null, null, null, true, PageRequest.of(0, 200)).rows())
        .extracting(TrainingSession::getId)
        .contains(session.getId());
  }

  private void answer(String person, TrainingSession session, List<Integer> ratings, String text) {
    Registration registration = fixtures.registrationOf(session.getId(), person);
    caller.actAs(person, Role.STAFF);
    assertThat(feedback.open(registration.getId())).isTrue();
    feedback.answer(registration.getId(), ratings, text);
  }

  private OutboxMessage last(String username) {
    List<OutboxMessage> mails = pool.mailsTo(username + "@example.org");
    assertThat(mails).isNotEmpty();
    return mails.get(mails.size() - 1);
  }

  private static String line(String calendar, String prefix) {
    return calendar
        .lines()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(prefix + " missing in " + calendar));
  }
}
