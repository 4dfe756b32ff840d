package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A member of the interpreter pool: profile, languages, vetting, weekly availability, absences. */
@Entity
@Table(name = "interpreter")
@NamedQuery(
    name = Interpreter.BY_USERNAME,
    query = "select i from Interpreter i where i.username = :username")
@NamedQuery(
    name = Interpreter.BY_CALENDAR_TOKEN,
    query = "select i from Interpreter i where i.calendarTokenHash = :hash")
public class Interpreter extends BaseEntity {

  public static final String BY_CALENDAR_TOKEN = "Interpreter.byCalendarToken";

  public static final String BY_USERNAME = "Interpreter.byUsername";

  /** The portal account of the interpreter, if any (for self-service). */
  @Column(name = "username")
  private String username;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "phone")
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "home_district", nullable = false)
  private District homeDistrict;

  @Column(name = "max_travel_km", nullable = false)
  private int maxTravelKm;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", nullable = false)
  private Gender gender;

  @Enumerated(EnumType.STRING)
  @Column(name = "qualification", nullable = false)
  private Qualification qualification;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InterpreterStatus status = InterpreterStatus.APPLICANT;

  @Embedded private Vetting vetting = Vetting.none();

  // lists of interpreters load each collection in one query for all of them, not one per row
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "interpreter_field", joinColumns = @JoinColumn(name = "interpreter_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "field", nullable = false)
  private Set<FieldOfWork> fields = EnumSet.noneOf(FieldOfWork.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "interpreter_mode", joinColumns = @JoinColumn(name = "interpreter_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false)
  private Set<Mode> modes = EnumSet.noneOf(Mode.class);

  // child rows with ids of their own: replaced and removed reliably by every JPA provider
  @OneToMany(mappedBy = "interpreter", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  private List<LanguageSkill> languages = new ArrayList<>();

  @OneToMany(mappedBy = "interpreter", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  private List<AvailabilityWindow> availability = new ArrayList<>();

  @OneToMany(mappedBy = "interpreter", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("startsAt")
  private List<Absence> absences = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "engagement", nullable = false)
  private Engagement engagement = Engagement.VOLUNTEER;

  @Column(name = "account_holder")
  private String accountHolder;

  @Column(name = "iban")
  private String iban;

  @Column(name = "creditor_number")
  private String creditorNumber;

  @Column(name = "left_on")
  private LocalDate leftOn;

  /** Set by the retention (in the database) when the profile of one who left was anonymised. */
  @Column(name = "anonymised_on", insertable = false, updatable = false)
  private LocalDate anonymisedOn;

  @Column(name = "calendar_token_hash")
  private String calendarTokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Interpreter() {}

  public Interpreter(
      String firstName,
      String lastName,
      String email,
      District homeDistrict,
      int maxTravelKm,
      Gender gender,
      Qualification qualification,
      Instant now) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.homeDistrict = homeDistrict;
    this.maxTravelKm = maxTravelKm;
    this.gender = gender;
    this.qualification = qualification;
    this.createdAt = Timestamps.of(now);
  }

  /** The interpreter as the matching rules see one, with the calendar and history given. */
  public Candidate toCandidate(
      List<Booking> bookings,
      long minutesLast30Days,
      int offersReceived,
      int offersDeclined,
      int earlierWithClient) {
    return new Candidate(
        getId(),
        getDisplayName(),
        status,
        vetting,
        qualification,
        fields,
        modes,
        gender,
        homeDistrict,
        maxTravelKm,
        languages,
        availability,
        absences.stream().map(Absence::slot).toList(),
        bookings,
        minutesLast30Days,
        offersReceived,
        offersDeclined,
        earlierWithClient);
  }

  public boolean hasCalendarFeed() {
    return calendarTokenHash != null;
  }

  /** A new secret link for the calendar feed replaces the old one, which stops working. */
  public void renewCalendarToken(String tokenHash) {
    this.calendarTokenHash = tokenHash;
  }

  public void linkAccount(String username) {
    this.username = username;
  }

  public void changeContact(String email, String phone) {
    this.email = email;
    this.phone = phone;
  }

  public void changeProfile(
      District homeDistrict,
      int maxTravelKm,
      Gender gender,
      Qualification qualification,
      Collection<FieldOfWork> fields,
      Collection<Mode> modes) {
    this.homeDistrict = homeDistrict;
    this.maxTravelKm = maxTravelKm;
    this.gender = gender;
    this.qualification = qualification;
    this.fields = fields.isEmpty() ? EnumSet.noneOf(FieldOfWork.class) : EnumSet.copyOf(fields);
    this.modes = modes.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(modes);
  }

  public void replaceLanguages(Collection<LanguageSkill> skills) {
    languages.clear();
    skills.forEach(s -> s.attachTo(this));
    languages.addAll(skills);
  }

  public void replaceAvailability(Collection<AvailabilityWindow> windows) {
    availability.clear();
    windows.forEach(w -> w.attachTo(this));
    availability.addAll(windows);
  }

  public void addAbsence(Absence absence) {
    absence.attachTo(this);
    absences.add(absence);
  }

  public void recordVetting(Vetting vetting) {
    this.vetting = vetting;
  }

  /** The engagement and how the interpreter is paid; refused if a rule is broken. */
  public void changePayDetails(PayDetails details) {
    details.checked();
    this.engagement = details.engagement();
    this.accountHolder = details.accountHolder();
    this.iban = details.iban();
    this.creditorNumber = details.creditorNumber();
  }

  public PayDetails getPayDetails() {
    return new PayDetails(engagement, accountHolder, iban, creditorNumber);
  }

  public Engagement getEngagement() {
    return engagement;
  }

  /**
   * The interpreter's standing from {@code today}; leaving starts the clock of the profile's
   * retention, coming back stops it.
   */
  public void changeStatus(InterpreterStatus status, LocalDate today) {
    if (status == InterpreterStatus.LEFT && this.status != InterpreterStatus.LEFT) {
      leftOn = today;
    } else if (status != InterpreterStatus.LEFT) {
      leftOn = null;
    }
    this.status = status;
  }

  public LocalDate getAnonymisedOn() {
    return anonymisedOn;
  }

  /** The day the interpreter left the pool; null while in it. */
  public LocalDate getLeftOn() {
    return leftOn;
  }

  public String getDisplayName() {
    return firstName + " " + lastName;
  }

  public String getUsername() {
    return username;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public District getHomeDistrict() {
    return homeDistrict;
  }

  public int getMaxTravelKm() {
    return maxTravelKm;
  }

  public Gender getGender() {
    return gender;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public InterpreterStatus getStatus() {
    return status;
  }

  public Vetting getVetting() {
    return vetting;
  }

  public Set<FieldOfWork> getFields() {
    return fields.isEmpty() ? EnumSet.noneOf(FieldOfWork.class) : EnumSet.copyOf(fields);
  }

  public Set<Mode> getModes() {
    return modes.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(modes);
  }

  public List<LanguageSkill> getLanguages() {
    return List.copyOf(languages);
  }

  public List<AvailabilityWindow> getAvailability() {
    return List.copyOf(availability);
  }

  public List<Absence> getAbsences() {
    return List.copyOf(absences);
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  @Override
  public String auditSubject() {
    return getDisplayName();
  }
}
