package de.dortmund.miadoki.interpreting.domain;

import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.ARABIC;
import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.IRAQI;
import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.SYRIAN;
import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.TUESDAY_10;
import static de.dortmund.miadoki.interpreting.domain.CandidateFixture.TURKISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private final MatchingPolicy policy = MatchingPolicy.standard();
  private final CandidateFixture interpreter = new CandidateFixture();

  private List<ExclusionRule> rules(CandidateFixture.NeedBuilder need) {
    return Eligibility.exclusions(interpreter.candidate(), need.build(), policy).stream()
        .map(Exclusion::rule)
        .toList();
  }

  @Test
  void theDefaultInterpreterIsEligible() {
    assertThat(rules(CandidateFixture.need())).isEmpty();
  }

  @Test
  void onlyActiveInterpretersAreMatched() {
    for (InterpreterStatus status :
        List.of(InterpreterStatus.APPLICANT, InterpreterStatus.PAUSED, InterpreterStatus.LEFT)) {
      interpreter.status = status;
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_ACTIVE);
    }
  }

  @Nested
  class Vetting_ {
    @Test
    void anyMissingPartExcludes() {
      interpreter.vetting = new Vetting(LocalDate.of(2024, 1, 15), true, false, true);
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_VETTED);
      interpreter.vetting = new Vetting(null, true, true, true);
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_VETTED);
      interpreter.vetting = new Vetting(LocalDate.of(2024, 1, 15), true, true, false);
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_VETTED);
    }

    @Test
    void theCertificateIsValidForFiveYearsCountedToTheAppointmentDay() {
      LocalDate day = TUESDAY_10.toLocalDate();
      interpreter.vetting = new Vetting(day.minusYears(5).plusDays(1), true, true, true);
      assertThat(rules(CandidateFixture.need())).isEmpty();
      interpreter.vetting = new Vetting(day.minusYears(5), true, true, true);
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_VETTED);
    }
  }

  @Nested
  class Languages {
    @Test
    void anotherLanguageExcludes() {
      CandidateFixture.NeedBuilder need = CandidateFixture.need();
      need.languageId = TURKISH;
      assertThat(rules(need)).containsExactly(ExclusionRule.LANGUAGE);
    }

    @Test
    void aRequestWithoutVarietyIsCoveredByAnyVarietyOfTheLanguage() {
      assertThat(rules(CandidateFixture.need())).isEmpty();
    }

    @Test
    void aRequestedVarietyMustBeOfferedExactly() {
      CandidateFixture.NeedBuilder need = CandidateFixture.need();
      need.varietyId = SYRIAN;
      assertThat(rules(need)).isEmpty();
      need.varietyId = IRAQI;
      assertThat(rules(need)).containsExactly(ExclusionRule.VARIETY);
    }

    @Test
    void theLanguageWithoutVarietyDoesNotCoverARequestedVariety() {
      interpreter.languages = List.of(new LanguageSkill(ARABIC, null, SkillLevel.FLUENT));
      CandidateFixture.NeedBuilder need = CandidateFixture.need();
      need.varietyId = IRAQI;
      assertThat(rules(need)).containsExactly(ExclusionRule.VARIETY);
    }
  }

  @Test
  void theLowestQualificationComesFromTheNeedAsTheRulesSetIt() {
    interpreter.qualification = Qualification.CERTIFIED;
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.field = FieldOfWork.EDUCATION;
    assertThat(rules(need)).isEmpty();
    need.minimum = Qualification.SWORN;
    assertThat(rules(need)).containsExactly(ExclusionRule.QUALIFICATION);
  }

  @Test
  void healthAndYouthWelfareNeedACertifiedInterpreter() {
    interpreter.qualification = Qualification.TRAINED_LAY;
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.field = FieldOfWork.HEALTH;
    assertThat(rules(need)).containsExactly(ExclusionRule.QUALIFICATION);
    need.field = FieldOfWork.YOUTH_WELFARE;
    assertThat(rules(need)).containsExactly(ExclusionRule.QUALIFICATION);
    need.field = FieldOfWork.EDUCATION;
    assertThat(rules(need)).isEmpty();
    interpreter.qualification = Qualification.SWORN;
    need.field = FieldOfWork.HEALTH;
    assertThat(rules(need)).isEmpty();
  }

  @Test
  void theFieldAndModeMustBeAmongTheInterpretersOwn() {
    interpreter.fields = Set.of(FieldOfWork.EDUCATION);
    interpreter.modes = Set.of(Mode.PHONE);
    assertThat(rules(CandidateFixture.need()))
        .containsExactlyInAnyOrder(ExclusionRule.FIELD_OF_WORK, ExclusionRule.MODE);
  }

  @Nested
  class Calendar {
    @Test
    void anAbsenceCoveringOnlyPartOfTheSlotExcludes() {
      interpreter.absences.add(new TimeSlot(TUESDAY_10.plusMinutes(45), TUESDAY_10.plusHours(5)));
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.ABSENT);
    }

    @Test
    void anAbsenceEndingWhenTheSlotStartsDoesNot() {
      interpreter.absences.add(new TimeSlot(TUESDAY_10.minusDays(3), TUESDAY_10));
      assertThat(rules(CandidateFixture.need())).isEmpty();
    }

    @Test
    void theSlotMustLieWhollyInsideAnAvailabilityWindow() {
      CandidateFixture.NeedBuilder need = CandidateFixture.need();
      need.slot = TimeSlot.of(TUESDAY_10.withHour(12), Duration.ofHours(1));
      assertThat(rules(need)).isEmpty(); // ends exactly at 13:00
      need.slot = TimeSlot.of(TUESDAY_10.withHour(12).plusMinutes(1), Duration.ofHours(1));
      assertThat(rules(need)).containsExactly(ExclusionRule.NOT_AVAILABLE);
      need.slot = TimeSlot.of(TUESDAY_10.plusDays(1), Duration.ofHours(1)); // Wednesday
      assertThat(rules(need)).containsExactly(ExclusionRule.NOT_AVAILABLE);
    }

    @Test
    void touchingWindowsJoinButAGapBetweenThemDoesNot() {
      interpreter.availability =
          List.of(
              new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(10, 30), LocalTime.of(13, 0)),
              new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(10, 30)));
      assertThat(rules(CandidateFixture.need())).isEmpty();
      interpreter.availability =
          List.of(
              new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(10, 30)),
              new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(10, 31), LocalTime.of(13, 0)));
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.NOT_AVAILABLE);
    }
  }

  @Nested
  class Overlap {
    private Booking booking(java.time.LocalDateTime start, Mode mode, District district) {
      return new Booking(99, TimeSlot.of(start, Duration.ofHours(1)), mode, district);
    }

    @Test
    void anAppointmentEndingAtTheExactMinuteTheNewOneStartsDoesNotOverlapInTheSameDistrict() {
      interpreter.bookings.add(
          booking(TUESDAY_10.minusHours(1), Mode.ON_SITE, District.INNENSTADT_WEST));
      assertThat(rules(CandidateFixture.need())).isEmpty();
    }

    @Test
    void oneMinuteOfOverlapExcludes() {
      interpreter.bookings.add(
          booking(TUESDAY_10.minusMinutes(59), Mode.ON_SITE, District.INNENSTADT_WEST));
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.OVERLAP);
    }

    @Test
    void onSiteInAnotherDistrictNeedsTheTravelBuffer() {
      interpreter.bookings.add(
          booking(TUESDAY_10.minusMinutes(89), Mode.ON_SITE, District.HOMBRUCH));
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.OVERLAP);
      interpreter.bookings.clear();
      interpreter.bookings.add(
          booking(TUESDAY_10.minusMinutes(90), Mode.ON_SITE, District.HOMBRUCH));
      assertThat(rules(CandidateFixture.need())).isEmpty();
    }

    @Test
    void theBufferAppliesAfterTheNewAppointmentToo() {
      interpreter.bookings.add(
          booking(TUESDAY_10.plusMinutes(89), Mode.ON_SITE, District.HOMBRUCH));
      assertThat(rules(CandidateFixture.need())).containsExactly(ExclusionRule.OVERLAP);
    }

    @Test
    void phoneAndVideoNeedNoBuffer() {
      interpreter.bookings.add(booking(TUESDAY_10.minusHours(1), Mode.PHONE, null));
      assertThat(rules(CandidateFixture.need())).isEmpty();
      CandidateFixture.NeedBuilder video = CandidateFixture.need();
      video.mode = Mode.VIDEO;
      interpreter.bookings.clear();
      interpreter.bookings.add(booking(TUESDAY_10.minusHours(1), Mode.ON_SITE, District.MENGEDE));
      assertThat(rules(video)).isEmpty();
    }
  }

  @Test
  void anOnSiteAppointmentBeyondTheInterpretersMaximumTravelExcludes() {
    interpreter.home = District.MENGEDE;
    interpreter.maxTravelKm = 5;
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.district = District.APLERBECK;
    assertThat(rules(need)).containsExactly(ExclusionRule.TOO_FAR);
    need.mode = Mode.PHONE;
    assertThat(rules(need)).isEmpty();
  }

  @Test
  void theClientsDoNotSendListExcludes() {
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.doNotSend = Set.of(interpreter.id);
    assertThat(rules(need)).containsExactly(ExclusionRule.DO_NOT_SEND);
  }

  @Test
  void aRequiredGenderExcludesAPreferredOneDoesNot() {
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.gender = Gender.MALE;
    need.genderRequirement = GenderRequirement.REQUIRED;
    assertThat(rules(need)).containsExactly(ExclusionRule.GENDER);
    need.genderRequirement = GenderRequirement.PREFERRED;
    assertThat(rules(need)).isEmpty();
  }

  @Test
  void whyNotListsEveryReasonNotOnlyTheFirst() {
    interpreter.status = InterpreterStatus.PAUSED;
    interpreter.modes = Set.of(Mode.VIDEO);
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.languageId = TURKISH;
    need.doNotSend = Set.of(interpreter.id);
    assertThat(rules(need))
        .containsExactly(
            ExclusionRule.NOT_ACTIVE,
            ExclusionRule.LANGUAGE,
            ExclusionRule.MODE,
            ExclusionRule.DO_NOT_SEND);
  }
}
