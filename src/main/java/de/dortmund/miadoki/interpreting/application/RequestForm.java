package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.GenderRequirement;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Mode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

/** The requester's form, by ids; the service turns it into a request after checking the rules. */
public class RequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private Long languageId;
  private Long varietyId;
  @NotNull private LocalDateTime startsAt;

  @NotNull
  @Min(15)
  @Max(480)
  private Integer durationMinutes = 60;

  private LocalDateTime alternativeStartsAt;
  @NotNull private Mode mode = Mode.ON_SITE;

  @Size(max = 300)
  private String address;

  private District district;

  @Size(max = 300)
  private String meetingPoint;

  @Size(max = 200)
  private String onsiteContact;

  @NotNull private AppointmentKind kind;
  @NotNull private FieldOfWork field;

  @Size(max = 300)
  private String topic;

  @NotNull
  @Size(max = 40)
  private String clientReference;

  private Gender clientGender;
  @NotNull private GenderRequirement genderRequirement = GenderRequirement.NONE;
  private Gender interpreterGender;
  private boolean urgent;

  @Size(max = 500)
  private String urgencyReason;

  @NotNull private Long fundingSourceId;

  @Size(max = 2000)
  private String notes;

  private long version;

  private String submissionKey;

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  /**
   * An empty form for a new booking, with a key of its own: sending this form again books nothing
   * twice (see {@link RequestService#createSeries}).
   */
  public static RequestForm forBooking() {
    RequestForm form = new RequestForm();
    form.submissionKey = UUID.randomUUID().toString();
    return form;
  }

  /** The form filled with a request as it is now, for a change. */
  public static RequestForm of(InterpreterRequest request) {
    RequestForm form = new RequestForm();
    form.languageId = request.getLanguage().getId();
    form.varietyId = request.getVariety() == null ? null : request.getVariety().getId();
    form.startsAt = request.getStartsAt();
    form.durationMinutes = (int) request.getDurationMinutes();
    form.alternativeStartsAt = request.getAlternativeStartsAt();
    form.mode = request.getMode();
    form.address = request.getAddress();
    form.district = request.getDistrict();
    form.meetingPoint = request.getMeetingPoint();
    form.onsiteContact = request.getOnsiteContact();
    form.kind = request.getKind();
    form.field = request.getField();
    form.topic = request.getTopic();
    form.clientReference = request.getClientReference();
    form.clientGender = request.getClientGender();
    form.genderRequirement = request.getGenderRequirement();
    form.interpreterGender = request.getInterpreterGender();
    form.urgent = request.isUrgent();
    form.urgencyReason = request.getUrgencyReason();
    form.fundingSourceId = request.getFundingSource().getId();
    form.notes = request.getNotes();
    form.version = request.getVersion();
    return form;
  }

  public String getSubmissionKey() {
    return submissionKey;
  }

  /**
   * The key as the page sent it back (a hidden field), so that a form sent again to another server
   * after the first went away keeps its key even where the screen's bean had to be made anew; only
   * a key of the form's own making (a UUID) is taken.
   */
  public void setSubmissionKey(String submissionKey) {
    if (submissionKey != null && KEY.matcher(submissionKey).matches()) {
      this.submissionKey = submissionKey;
    }
  }

  public Long getLanguageId() {
    return languageId;
  }

  public void setLanguageId(Long languageId) {
    this.languageId = languageId;
  }

  public Long getVarietyId() {
    return varietyId;
  }

  public void setVarietyId(Long varietyId) {
    this.varietyId = varietyId;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public LocalDateTime getAlternativeStartsAt() {
    return alternativeStartsAt;
  }

  public void setAlternativeStartsAt(LocalDateTime alternativeStartsAt) {
    this.alternativeStartsAt = alternativeStartsAt;
  }

  public Mode getMode() {
    return mode;
  }

  public void setMode(Mode mode) {
    this.mode = mode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public District getDistrict() {
    return district;
  }

  public void setDistrict(District district) {
    this.district = district;
  }

  public String getMeetingPoint() {
    return meetingPoint;
  }

  public void setMeetingPoint(String meetingPoint) {
    this.meetingPoint = meetingPoint;
  }

  public String getOnsiteContact() {
    return onsiteContact;
  }

  public void setOnsiteContact(String onsiteContact) {
    this.onsiteContact = onsiteContact;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public FieldOfWork getField() {
    return field;
  }

  public void setField(FieldOfWork field) {
    this.field = field;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getClientReference() {
    return clientReference;
  }

  public void setClientReference(String clientReference) {
    this.clientReference = clientReference;
  }

  public Gender getClientGender() {
    return clientGender;
  }

  public void setClientGender(Gender clientGender) {
    this.clientGender = clientGender;
  }

  public GenderRequirement getGenderRequirement() {
    return genderRequirement;
  }

  public void setGenderRequirement(GenderRequirement genderRequirement) {
    this.genderRequirement = genderRequirement;
  }

  public Gender getInterpreterGender() {
    return interpreterGender;
  }

  public void setInterpreterGender(Gender interpreterGender) {
    this.interpreterGender = interpreterGender;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public String getUrgencyReason() {
    return urgencyReason;
  }

  public void setUrgencyReason(String urgencyReason) {
    this.urgencyReason = urgencyReason;
  }

  public Long getFundingSourceId() {
    return fundingSourceId;
  }

  public void setFundingSourceId(Long fundingSourceId) {
    this.fundingSourceId = fundingSourceId;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
