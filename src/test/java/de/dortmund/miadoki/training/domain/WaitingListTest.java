package de.dortmund.miadoki.training.domain;

import static de.dortmund.miadoki.training.domain.RegistrationStatus.CONFIRMED;
import static de.dortmund.miadoki.training.domain.RegistrationStatus.OFFERED;
import static de.dortmund.miadoki.training.domain.RegistrationStatus.PENDING_APPROVAL;
import static de.dortmund.miadoki.training.domain.RegistrationStatus.WAITING;
import static de.dortmund.miadoki.training.domain.TrainingFixture.DEADLINE;
import static de.dortmund.miadoki.training.domain.TrainingFixture.START;
import static de.dortmund.miadoki.training.domain.TrainingFixture.at;
import static de.dortmund.miadoki.training.domain.TrainingFixture.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.platform.rules.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitingListTest {

  private static final Clock BEFORE = at(DEADLINE.minusDays(3));
  private final TrainingFixture f = new TrainingFixture();

  @Test
  void placesGoInArrivalOrderAndTheRestWaitInSequence() {
    TrainingSession s = session(2, WaitingListPolicy.AUTOMATIC, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration dilan = f.arrive(s, "dilan.baran", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);

    assertThat(ayse.getStatus()).isEqualTo(CONFIRMED);
    assertThat(dilan.getStatus()).isEqualTo(CONFIRMED);
    assertThat(minh.getStatus()).isEqualTo(WAITING);
    assertThat(olena.getStatus()).isEqualTo(WAITING);
    assertThat(WaitingList.position(f.registrations, minh)).isEqualTo(1);
    assertThat(WaitingList.position(f.registrations, olena)).isEqualTo(2);
    assertThat(s.freePlaces()).isZero();
    assertThat(s.statusAt(DEADLINE.minusDays(3))).isEqualTo(SessionStatus.PLANNED);
  }

  @Test
  void automaticPolicyMovesTheFirstWaitingUpWhenSomeoneCancels() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);

    ayse.cancel(BEFORE.instant(), false);
    var moves = f.reallocate(s, BEFORE);

    assertThat(moves).extracting(WaitingList.Move::registration).containsExactly(minh);
    assertThat(minh.getStatus()).isEqualTo(CONFIRMED);
    assertThat(olena.getStatus()).isEqualTo(WAITING);
    assertThat(WaitingList.position(f.registrations, olena)).isEqualTo(1);
  }

  @Test
  void claimPolicyOffersThePlaceForTheClaimWindowThenPassesItOn() {
    TrainingSession s = session(1, WaitingListPolicy.CLAIM, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);

    ayse.cancel(BEFORE.instant(), false);
    f.reallocate(s, BEFORE);
    assertThat(minh.getStatus()).isEqualTo(OFFERED);
    assertThat(minh.getClaimUntil()).isEqualTo(BEFORE.instant().plus(Duration.ofHours(48)));
    assertThat(olena.getStatus()).isEqualTo(WAITING);

    // one second before the window closes the claim counts; at its end it lapses
    Clock lastSecond = Clock.offset(BEFORE, Duration.ofHours(48).minusSeconds(1));
    assertThat(minh.lapseIfUnclaimed(lastSecond.instant())).isFalse();
    Clock closed = Clock.offset(BEFORE, Duration.ofHours(48));
    assertThatThrownBy(() -> minh.claim(closed.instant()))
        .isInstanceOf(RuleViolationException.class);
    assertThat(minh.lapseIfUnclaimed(closed.instant())).isTrue();
    f.reallocate(s, closed);
    assertThat(minh.getStatus()).isEqualTo(RegistrationStatus.LAPSED);
    assertThat(olena.getStatus()).isEqualTo(OFFERED);
    olena.claim(closed.instant());
    assertThat(olena.getStatus()).isEqualTo(CONFIRMED);
  }

  @Test
  void cancellingInsideTheClaimWindowPassesTheOfferOnAtOnce() {
    TrainingSession s = session(1, WaitingListPolicy.CLAIM, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);
    ayse.cancel(BEFORE.instant(), false);
    f.reallocate(s, BEFORE);

    Clock inWindow = Clock.offset(BEFORE, Duration.ofHours(3));
    minh.cancel(inWindow.instant(), false);
    f.reallocate(s, inWindow);

    assertThat(olena.getStatus()).isEqualTo(OFFERED);
    assertThat(olena.getClaimUntil()).isEqualTo(inWindow.instant().plus(Duration.ofHours(48)));
  }

  @Test
  void manualPolicyKeepsTheFreedPlaceForTheManagersChoice() {
    TrainingSession s = session(1, WaitingListPolicy.MANUAL, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);
    ayse.cancel(BEFORE.instant(), false);
    f.reallocate(s, BEFORE);

    // nobody moves up by themselves, and a newcomer does not take the kept place
    Registration late = f.arrive(s, "lukas.becker", true, BEFORE);
    assertThat(minh.getStatus()).isEqualTo(WAITING);
    assertThat(late.getStatus()).isEqualTo(WAITING);

    WaitingList.moveUp(s, f.registrations, olena, BEFORE);
    f.reallocate(s, BEFORE);
    assertThat(olena.getStatus()).isEqualTo(CONFIRMED);
    assertThat(minh.getStatus()).isEqualTo(WAITING);
    assertThatThrownBy(() -> WaitingList.moveUp(s, f.registrations, minh, BEFORE))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aRegistrationWaitingForApprovalHoldsTheFreedPlaceAgainstEveryoneBehindIt() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, true);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE); // booked by her supervisor
    Registration minh = f.arrive(s, "minh.pham", false, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);
    assertThat(minh.getStatus()).isEqualTo(PENDING_APPROVAL);
    assertThat(minh.isPlaceHeld()).isFalse();

    ayse.cancel(BEFORE.instant(), false);
    f.reallocate(s, BEFORE);
    assertThat(minh.isPlaceHeld()).isTrue();
    assertThat(olena.getStatus()).isEqualTo(WAITING);

    minh.approve("lea.leitung", BEFORE.instant());
    WaitingList.allocate(s, f.registrations, Set.of(minh), BEFORE);
    assertThat(minh.getStatus()).isEqualTo(CONFIRMED);
    assertThat(olena.getStatus()).isEqualTo(WAITING);
  }

  @Test
  void aRejectionReleasesTheHeldPlaceToTheNextInLine() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, true);
    Registration minh = f.arrive(s, "minh.pham", false, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);
    assertThat(minh.isPlaceHeld()).isTrue();
    assertThat(olena.getStatus()).isEqualTo(WAITING);

    minh.reject("lea.leitung", "Dienstplan", BEFORE.instant());
    f.reallocate(s, BEFORE);
    assertThat(olena.getStatus()).isEqualTo(CONFIRMED);
  }

  @Test
  void theHeldPlaceIsReleasedWhenTheDeadlinePassesUndecided() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, true);
    Registration minh = f.arrive(s, "minh.pham", false, BEFORE);
    Registration olena = f.arrive(s, "olena.koval", true, BEFORE);

    f.reallocate(s, at(DEADLINE.minusSeconds(1)));
    assertThat(minh.isPlaceHeld()).isTrue();
    f.reallocate(s, at(DEADLINE));
    assertThat(minh.isPlaceHeld()).isFalse();
    assertThat(olena.getStatus()).isEqualTo(CONFIRMED);
  }

  @Test
  void nobodyApprovesTheirOwnRegistrationButADeputyMay() {
    TrainingSession s = session(2, WaitingListPolicy.AUTOMATIC, true);
    Registration lea = f.arrive(s, "lea.leitung", false, BEFORE);
    assertThatThrownBy(() -> lea.approve("lea.leitung", BEFORE.instant()))
        .isInstanceOf(RuleViolationException.class);
    lea.approve("deniz.vertretung", BEFORE.instant());
    assertThat(lea.getStatus()).isEqualTo(WAITING);
    assertThat(lea.getDecidedBy()).isEqualTo("deniz.vertretung");
  }

  @Test
  void nobodyMovesUpFromTheStartMinuteOn() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    Registration minh = f.arrive(s, "minh.pham", true, BEFORE);

    Clock oneMinuteBefore = at(START.minusMinutes(1));
    ayse.cancel(oneMinuteBefore.instant(), false);
    Clock startMinute = at(START);
    f.reallocate(s, startMinute);
    assertThat(minh.getStatus()).isEqualTo(WAITING);
    assertThatThrownBy(() -> WaitingList.moveUp(s, f.registrations, minh, startMinute))
        .isInstanceOf(RuleViolationException.class);

    f.reallocate(s, oneMinuteBefore);
    assertThat(minh.getStatus()).isEqualTo(CONFIRMED);
  }

  @Test
  void nobodyCancelsOnceTheSessionHasStarted() {
    TrainingSession s = session(1, WaitingListPolicy.AUTOMATIC, false);
    Registration ayse = f.arrive(s, "ayse.kaya", true, BEFORE);
    assertThatThrownBy(() -> ayse.cancel(at(START).instant(), true))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aCourseThatAsksForAReasonRefusesARegistrationWithout() {
    TrainingSession s =
        new TrainingSession(
            TrainingFixture.course(true),
            TrainingFixture.plan(2, WaitingListPolicy.AUTOMATIC, false));
    assertThatThrownBy(() -> f.register(s, "ayse.kaya", true, BEFORE))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
  }
}
