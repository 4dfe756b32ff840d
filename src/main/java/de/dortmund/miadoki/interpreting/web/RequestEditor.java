package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.application.Recurrence;
import de.dortmund.miadoki.interpreting.application.RequestForm;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.AppointmentKind;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.GenderRequirement;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The requester's form for a new request (or a series), and for a change of one that has not begun
 * (with the address's {@code id}): this occurrence or this and the following of its series. Rule
 * violations appear next to the field they concern; nothing is stored until every rule holds.
 */
@Named
@ViewScoped
public class RequestEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "requestForm:";

  @Inject RequestService requests;
  @Inject MasterData masterData;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private RequestForm form = RequestForm.forBooking();
  private Long id;
  private boolean inSeries;
  private boolean thisAndFollowing;
  private Long departmentId;
  private boolean repeat;
  private int everyDays = 7;
  private Integer times = 4;
  private LocalDate until;

  private List<LanguageVariety> varieties = List.of();
  // master data: shared by every session, read again after the session was written out (to the
  // other server) rather than carried in it
  private transient List<Language> languages;
  private transient List<FundingSource> fundingSources;
  private transient List<Department> departments;
  private boolean coordinator;

  @PostConstruct
  void init() {
    coordinator = currentUser.hasRole(Role.COORDINATOR);
  }

  /**
   * With an id in the address: the request to change, read with the same access check as its page;
   * one that can no longer be changed goes back to its page with the reason.
   */
  public String load() {
    if (id == null) {
      return null;
    }
    InterpreterRequest request = requests.load(id);
    if (!request.isChangeable(LocalDateTime.now(clock.withZone(ClockProducer.ZONE)))) {
      return Messages.redirect("/interpreting/request?id=" + id, "request.notChangeable");
    }
    form = RequestForm.of(request);
    inSeries = request.getSeriesId() != null;
    varieties = masterData.varieties(form.getLanguageId());
    return null;
  }

  /** Reloads the varieties when the language changes. */
  public void languageChanged() {
    form.setVarietyId(null);
    varieties =
        form.getLanguageId() == null ? List.of() : masterData.varieties(form.getLanguageId());
  }

  public String save() {
    if (isEditing()) {
      List<InterpreterRequest> changed =
          requests.change(
              id,
              form,
              thisAndFollowing ? Recurrence.Scope.THIS_AND_FOLLOWING : Recurrence.Scope.THIS);
      return Messages.redirect("/interpreting/request?id=" + id, "request.changed", changed.size());
    }
    Recurrence recurrence =
        repeat ? new Recurrence(everyDays, until == null ? times : null, until) : null;
    List<InterpreterRequest> created = requests.createSeries(form, departmentId, recurrence);
    Messages.keepOverRedirect();
    Messages.info(
        created.size() == 1 ? "request.created" : "request.seriesCreated", created.size());
    return "/interpreting/request?faces-redirect=true&id=" + created.get(0).getId();
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isInSeries() {
    return inSeries;
  }

  public boolean isThisAndFollowing() {
    return thisAndFollowing;
  }

  public void setThisAndFollowing(boolean thisAndFollowing) {
    this.thisAndFollowing = thisAndFollowing;
  }

  public List<AppointmentKind> getKinds() {
    return Arrays.stream(AppointmentKind.values()).toList();
  }

  public FieldOfWork[] getFields() {
    return FieldOfWork.values();
  }

  public Mode[] getModes() {
    return Mode.values();
  }

  public District[] getDistricts() {
    return District.values();
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public GenderRequirement[] getGenderRequirements() {
    return GenderRequirement.values();
  }

  public RequestForm getForm() {
    return form;
  }

  public List<Language> getLanguages() {
    if (languages == null) {
      languages = masterData.languages();
    }
    return languages;
  }

  public List<LanguageVariety> getVarieties() {
    return varieties;
  }

  public List<FundingSource> getFundingSources() {
    if (fundingSources == null) {
      fundingSources = masterData.fundingSources();
    }
    return fundingSources;
  }

  public List<Department> getDepartments() {
    if (departments == null) {
      departments = coordinator ? masterData.departments() : List.of();
    }
    return departments;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public boolean isRepeat() {
    return repeat;
  }

  public void setRepeat(boolean repeat) {
    this.repeat = repeat;
  }

  public int getEveryDays() {
    return everyDays;
  }

  public void setEveryDays(int everyDays) {
    this.everyDays = everyDays;
  }

  public Integer getTimes() {
    return times;
  }

  public void setTimes(Integer times) {
    this.times = times;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
