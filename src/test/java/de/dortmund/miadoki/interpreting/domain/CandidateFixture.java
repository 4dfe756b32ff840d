package de.dortmund.miadoki.interpreting.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds candidates and needs for the rule tests: a fully eligible default, changed per test. */
final class CandidateFixture {

  static final long ARABIC = 1;
  static final long SYRIAN = 11;
  static final long IRAQI = 12;
  static final long TURKISH = 2;

  /** Tuesday 2026-12-01, 10:00–11:00, on site in Innenstadt-West, Arabic, social services. */
  static final LocalDateTime TUESDAY_10 = LocalDateTime.of(2026, 12, 1, 10, 0);

  long id = 7;
  InterpreterStatus status = InterpreterStatus.ACTIVE;
  Vetting vetting = new Vetting(LocalDate.of(2024, 1, 15), true, true, true);
  Qualification qualification = Qualification.CERTIFIED;
  Set<FieldOfWork> fields = EnumSet.allOf(FieldOfWork.class);
  Set<Mode> modes = EnumSet.allOf(Mode.class);
  Gender gender = Gender.FEMALE;
  District home = District.INNENSTADT_NORD;
  int maxTravelKm = 15;
  List<LanguageSkill> languages =
      new ArrayList<>(List.of(new LanguageSkill(ARABIC, SYRIAN, SkillLevel.NATIVE)));
  List<AvailabilityWindow> availability =
      new ArrayList<>(
          List.of(
              new AvailabilityWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(13, 0))));
  List<TimeSlot> absences = new ArrayList<>();
  List<Booking> bookings = new ArrayList<>();
  long minutesLast30Days;
  int offersReceived;
  int offersDeclined;
  int earlierWithClient;

  Candidate candidate() {
    return new Candidate(
        id,
        "Interpreter " + id,
        status,
        vetting,
        qualification,
        fields,
        modes,
        gender,
        home,
        maxTravelKm,
        languages,
        availability,
        absences,
        bookings,
        minutesLast30Days,
        offersReceived,
        offersDeclined,
        earlierWithClient);
  }

  static NeedBuilder need() {
    return new NeedBuilder();
  }

  static final class NeedBuilder {
    long languageId = ARABIC;
    Long varietyId;
    FieldOfWork field = FieldOfWork.SOCIAL_SERVICES;
    Qualification minimum;
    Mode mode = Mode.ON_SITE;
    District district = District.INNENSTADT_WEST;
    TimeSlot slot = TimeSlot.of(TUESDAY_10, Duration.ofHours(1));
    GenderRequirement genderRequirement = GenderRequirement.NONE;
    Gender gender;
    Set<Long> doNotSend = Set.of();
    Set<Long> preferred = Set.of();

    Need build() {
      return new Need(
          languageId,
          varietyId,
          field,
          minimum == null ? field.minimumQualification() : minimum,
          mode,
          mode.involvesTravel() ? district : null,
          slot,
          genderRequirement,
          gender,
          "K-4711",
          doNotSend,
          preferred);
    }
  }
}
