package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A department's request for an interpreter (Einsatzanfrage). Holds no client names: the client is
 * known to the portal only by the requester's pseudonym (client reference).
 */
@Entity
@Table(name = "interpreter_request")
public class InterpreterRequest extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @Column(name = "requester", nullable = false, updatable = false)
  private String requester;

  @ManyToOne(optional = false)
  @JoinColumn(name = "language_id", nullable = false)
  private Language language;

  @ManyToOne
  @JoinColumn(name = "variety_id")
  private LanguageVariety variety;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "alternative_starts_at")
  private LocalDateTime alternativeStartsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false)
  private Mode mode;

  @Column(name = "address")
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "district")
  private District district;

  @Column(name = "meeting_point")
  private String meetingPoint;

  @Column(name = "onsite_contact")
  private String onsiteContact;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private AppointmentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "field", nullable = false)
  private FieldOfWork field;

  @Column(name = "topic")
  private String topic;

  @Column(name = "client_reference", nullable = false)
  private String clientReference;

  /** The reference without case, spaces and hyphens: what comparisons use. */
  @Column(name = "client_key", nullable = false)
  private String clientKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_gender")
  private Gender clientGender;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender_requirement", nullable = false)
  private GenderRequirement genderRequirement = GenderRequirement.NONE;

  @Enumerated(EnumType.STRING)
  @Column(name = "interpreter_gender")
  private Gender interpreterGender;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "urgency_reason")
  private String urgencyReason;

  @ManyToOne(optional = false)
  @JoinColumn(name = "funding_source_id", nullable = false)
  private FundingSource fundingSource;

  @Column(name = "notes")
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private RequestStatus status = RequestStatus.NEW;

  @Column(name = "series_id")
  private Long seriesId;

  @Column(name = "series_index")
  private Integer seriesIndex;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "unstaffed_notice_at")
  private OffsetDateTime unstaffedNoticeAt;

  @Column(name = "submission_key", updatable = false)
  private String submissionKey;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("at")
  private List<StatusChange> history = new ArrayList<>();

  protected InterpreterRequest() {}

  /** What the requester fills in; validated before a request is created from it. */
  public record Details(
      Language language,
      LanguageVariety variety,
      LocalDateTime startsAt,
      Duration duration,
      LocalDateTime alternativeStartsAt,
      Mode mode,
      String address,
      District district,
      String meetingPoint,
      String onsiteContact,
      AppointmentKind kind,
      FieldOfWork field,
      String topic,
      String clientReference,
      Gender clientGender,
      GenderRequirement genderRequirement,
      Gender interpreterGender,
      boolean urgent,
      String urgencyReason,
      FundingSource fundingSource,
      String notes) {}

  public InterpreterRequest(Department department, String requester, Details details, Instant now) {
    this.department = department;
    this.requester = requester;
    this.createdAt = Timestamps.of(now);
    apply(details);
    history.add(new StatusChange(this, null, RequestStatus.NEW, requester, now, null));
  }

  private void apply(Details d) {
    language = d.language();
    variety = d.variety();
    startsAt = d.startsAt();
    endsAt = d.startsAt().plus(d.duration());
    alternativeStartsAt = d.alternativeStartsAt();
    mode = d.mode();
    boolean onSite = d.mode().involvesTravel();
    address = onSite ? d.address() : null;
    district = onSite ? d.district() : null;
    meetingPoint = onSite ? d.meetingPoint() : null;
    onsiteContact = onSite ? d.onsiteContact() : null;
    kind = d.kind();
    field = d.field();
    topic = d.topic();
    clientReference = d.clientReference();
    clientKey = ClientReferences.key(d.clientReference());
    clientGender = d.clientGender();
    genderRequirement =
        d.genderRequirement() == null ? GenderRequirement.NONE : d.genderRequirement();
    interpreterGender = genderRequirement == GenderRequirement.NONE ? null : d.interpreterGender();
    urgent = d.urgent();
    urgencyReason = d.urgent() ? d.urgencyReason() : null;
    fundingSource = d.fundingSource();
    notes = d.notes();
  }

  /**
   * Whether the changed details need the booking to be made anew: another time, language or
   * variety, kind or field, mode, or gender requirement.
   */
  public boolean needsRebooking(Details d) {
    return !d.startsAt().equals(startsAt)
        || !d.startsAt().plus(d.duration()).equals(endsAt)
        || !d.language().equals(language)
        || !java.util.Objects.equals(d.variety(), variety)
        || d.kind() != kind
        || d.field() != field
        || d.mode() != mode
        || (d.genderRequirement() == null ? GenderRequirement.NONE : d.genderRequirement())
            != genderRequirement
        || (genderRequirement != GenderRequirement.NONE
            && d.interpreterGender() != interpreterGender);
  }

  /** Whether the changed details name another place: address, district or meeting point. */
  public boolean placeDiffers(Details d) {
    boolean onSite = d.mode().involvesTravel();
    return !java.util.Objects.equals(onSite ? d.address() : null, address)
        || (onSite ? d.district() : null) != district
        || !java.util.Objects.equals(onSite ? d.meetingPoint() : null, meetingPoint)
        || !java.util.Objects.equals(onSite ? d.onsiteContact() : null, onsiteContact);
  }

  /** Changes the details of a request that has not been served yet (open or booked). */
  /** Whether the request may still be changed at {@code now}: open or booked, and not begun. */
  public boolean isChangeable(LocalDateTime now) {
    return (status.isOpen() || status == RequestStatus.ASSIGNED) && startsAt.isAfter(now);
  }

  /** A coordinator files the request under another kind of appointment. */
  public void reclassify(AppointmentKind kind) {
    if (!status.isOpen() && status != RequestStatus.ASSIGNED) {
      throw new IllegalTransitionException(status, status);
    }
    this.kind = kind;
  }

  public void change(Details details) {
    if (!status.isOpen() && status != RequestStatus.ASSIGNED) {
      throw new IllegalTransitionException(status, status);
    }
    apply(details);
  }

  /** Moves to {@code target}, recording who and when; refuses steps the life cycle forbids. */
  public void moveTo(RequestStatus target, String actor, Instant now, String note) {
    if (!status.canGoTo(target)) {
      throw new IllegalTransitionException(status, target);
    }
    history.add(new StatusChange(this, status, target, actor, now, note));
    status = target;
  }

  /** The key of the form this request was booked with (see {@code RequestForm}). */
  public void bookedWith(String submissionKey) {
    this.submissionKey = submissionKey;
  }

  public void belongToSeries(long seriesId, int index) {
    this.seriesId = seriesId;
    this.seriesIndex = index;
  }

  public TimeSlot slot() {
    return new TimeSlot(startsAt, endsAt);
  }

  /** What the matching rules need from this request. */
  /**
   * What matching needs of the request, with the department's wishes for the client and the lowest
   * qualification the pool's rules accept for its field.
   */
  public Need need(Set<Long> doNotSend, Set<Long> preferred, Qualification minimum) {
    return new Need(
        language.getId(),
        variety == null ? null : variety.getId(),
        field,
        minimum,
        mode,
        district,
        slot(),
        genderRequirement,
        interpreterGender,
        clientReference,
        doNotSend,
        preferred);
  }

  public Department getDepartment() {
    return department;
  }

  public String getRequester() {
    return requester;
  }

  public Language getLanguage() {
    return language;
  }

  public LanguageVariety getVariety() {
    return variety;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public long getDurationMinutes() {
    return Duration.between(startsAt, endsAt).toMinutes();
  }

  public LocalDateTime getAlternativeStartsAt() {
    return alternativeStartsAt;
  }

  public Mode getMode() {
    return mode;
  }

  public String getAddress() {
    return address;
  }

  public District getDistrict() {
    return district;
  }

  public String getMeetingPoint() {
    return meetingPoint;
  }

  public String getOnsiteContact() {
    return onsiteContact;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public FieldOfWork getField() {
    return field;
  }

  public String getTopic() {
    return topic;
  }

  public String getClientReference() {
    return clientReference;
  }

  public String getClientKey() {
    return clientKey;
  }

  /** Whether the coordinators have been told that the request is still unstaffed close to it. */
  public boolean isUnstaffedNoticeSent() {
    return unstaffedNoticeAt != null;
  }

  public void markUnstaffedNoticeSent(Instant now) {
    unstaffedNoticeAt = Timestamps.of(now);
  }

  public Gender getClientGender() {
    return clientGender;
  }

  public GenderRequirement getGenderRequirement() {
    return genderRequirement;
  }

  public Gender getInterpreterGender() {
    return interpreterGender;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public String getUrgencyReason() {
    return urgencyReason;
  }

  public FundingSource getFundingSource() {
    return fundingSource;
  }

  public String getNotes() {
    return notes;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  public Integer getSeriesIndex() {
    return seriesIndex;
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }

  @Override
  public String auditSubject() {
    return getClientReference();
  }
}
