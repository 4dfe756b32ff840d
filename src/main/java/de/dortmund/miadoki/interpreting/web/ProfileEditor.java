package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.domain.Absence;
import de.dortmund.miadoki.interpreting.domain.AvailabilityWindow;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.InterpreterStatus;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageSkill;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.interpreting.domain.SkillLevel;
import de.dortmund.miadoki.interpreting.domain.Vetting;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserNames;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * An interpreter's profile: weekly availability and absences (the interpreter's own, or any for a
 * coordinator), languages, vetting and status (coordinators only).
 */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InterpreterDirectory directory;
  @Inject MasterData masterData;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long id;
  private Interpreter interpreter;
  @Valid private BaseDataForm baseData;
  private boolean coordinator;
  private Map<Long, Language> languages;

  private DayOfWeek newDay = DayOfWeek.MONDAY;
  private LocalTime newFrom = LocalTime.of(8, 0);
  private LocalTime newUntil = LocalTime.of(13, 0);
  private LocalDateTime absenceFrom;
  private LocalDateTime absenceUntil;
  private String absenceNote;
  private Long newLanguageId;
  private Long newVarietyId;
  private SkillLevel newLevel = SkillLevel.FLUENT;
  private List<LanguageVariety> varieties = List.of();
  private InterpreterStatus status;
  private LocalDate certificate;
  private boolean confidentiality;
  private boolean dataSecrecy;
  private boolean induction;
  private String accountUsername;

  /** The page's view action: the given profile, or the interpreter's own one. */
  public void load() {
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    languages =
        masterData.languages().stream()
            .collect(Collectors.toMap(Language::getId, Function.identity()));
    if (id == null) {
      interpreter =
          directory.own().orElseThrow(() -> new RecordNotFoundException(Interpreter.class, "own"));
      id = interpreter.getId();
    }
    reload();
  }

  /** Reads the profile again (after a section of the page changed it). */
  public void refresh() {
    reload();
  }

  private void reload() {
    interpreter = directory.load(id);
    baseData = BaseDataForm.of(interpreter);
    status = interpreter.getStatus();
    Vetting v = interpreter.getVetting();
    certificate = v.getGoodConductCertificate();
    confidentiality = v.isConfidentialityPledge();
    dataSecrecy = v.isDataSecrecyPledge();
    induction = v.isInduction();
    if (interpreter.getUsername() == null && accountUsername == null) {
      accountUsername = UserNames.suggest(interpreter.getFirstName(), interpreter.getLastName());
    }
  }

  public void addWindow() {
    if (!newUntil.isAfter(newFrom)) {
      Messages.error("availabilityForm:until", "profile.window.order");
      return;
    }
    List<AvailabilityWindow> windows = copies(interpreter.getAvailability());
    windows.add(new AvailabilityWindow(newDay, newFrom, newUntil));
    change(
        () -> directory.replaceAvailability(id, interpreter.getVersion(), windows),
        "profile.saved");
  }

  public void removeWindow(int index) {
    List<AvailabilityWindow> windows = copies(interpreter.getAvailability());
    windows.remove(index);
    change(
        () -> directory.replaceAvailability(id, interpreter.getVersion(), windows),
        "profile.saved");
  }

  public void addAbsence() {
    if (absenceFrom == null || absenceUntil == null || !absenceUntil.isAfter(absenceFrom)) {
      Messages.error("absenceForm:absenceUntil", "profile.absence.order");
      return;
    }
    Absence absence = new Absence(absenceFrom, absenceUntil, absenceNote);
    change(() -> directory.addAbsence(id, interpreter.getVersion(), absence), "profile.saved");
    absenceFrom = null;
    absenceUntil = null;
    absenceNote = null;
  }

  public void addLanguage() {
    if (newLanguageId == null) {
      Messages.error("skillsForm:language", "validation.required");
      return;
    }
    List<LanguageSkill> skills = new ArrayList<>();
    interpreter
        .getLanguages()
        .forEach(
            s -> skills.add(new LanguageSkill(s.getLanguageId(), s.getVarietyId(), s.getLevel())));
    skills.add(new LanguageSkill(newLanguageId, newVarietyId, newLevel));
    change(() -> directory.replaceLanguages(id, interpreter.getVersion(), skills), "profile.saved");
  }

  public void languageChanged() {
    newVarietyId = null;
    varieties = newLanguageId == null ? List.of() : masterData.varieties(newLanguageId);
  }

  public void saveBaseData() {
    change(
        () -> directory.changeBaseData(id, interpreter.getVersion(), baseData.toBaseData()),
        "profile.saved");
  }

  public BaseDataForm getBaseData() {
    return baseData;
  }

  public void saveStatusAndVetting() {
    change(
        () -> {
          Interpreter i =
              directory.recordVetting(
                  id,
                  interpreter.getVersion(),
                  new Vetting(certificate, confidentiality, dataSecrecy, induction));
          return directory.changeStatus(id, i.getVersion(), status);
        },
        "profile.saved");
  }

  /** Invites the interpreter to the portal under the user name given (a suggestion at first). */
  public void inviteToPortal() {
    change(
        () -> directory.inviteToPortal(id, interpreter.getVersion(), accountUsername),
        "profile.account.invited");
  }

  private void change(java.util.function.Supplier<Interpreter> action, String doneKey) {
    action.get();
    Messages.info(doneKey);
    reload();
  }

  private static List<AvailabilityWindow> copies(List<AvailabilityWindow> windows) {
    List<AvailabilityWindow> copies = new ArrayList<>();
    windows.forEach(w -> copies.add(new AvailabilityWindow(w.getDay(), w.getFrom(), w.getUntil())));
    return copies;
  }

  public String languageName(LanguageSkill skill) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Language language = languages.get(skill.getLanguageId());
    return language == null ? "?" : language.name(locale);
  }

  public boolean isVettingValid() {
    return interpreter.getVetting().isValidOn(LocalDate.now(clock));
  }

  public List<DayOfWeek> getDays() {
    return List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SUNDAY));
  }

  public String dayName(DayOfWeek day) {
    return day.getDisplayName(
        java.time.format.TextStyle.FULL,
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Language> getLanguageList() {
    return List.copyOf(languages.values()).stream()
        .sorted(java.util.Comparator.comparing(Language::getNameDe))
        .toList();
  }

  public SkillLevel[] getLevels() {
    return SkillLevel.values();
  }

  public InterpreterStatus[] getStatuses() {
    return InterpreterStatus.values();
  }

  public Long getId() {
    return id;
  }

  public String getAccountUsername() {
    return accountUsername;
  }

  public void setAccountUsername(String accountUsername) {
    this.accountUsername = accountUsername;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public DayOfWeek getNewDay() {
    return newDay;
  }

  public void setNewDay(DayOfWeek newDay) {
    this.newDay = newDay;
  }

  public LocalTime getNewFrom() {
    return newFrom;
  }

  public void setNewFrom(LocalTime newFrom) {
    this.newFrom = newFrom;
  }

  public LocalTime getNewUntil() {
    return newUntil;
  }

  public void setNewUntil(LocalTime newUntil) {
    this.newUntil = newUntil;
  }

  public LocalDateTime getAbsenceFrom() {
    return absenceFrom;
  }

  public void setAbsenceFrom(LocalDateTime absenceFrom) {
    this.absenceFrom = absenceFrom;
  }

  public LocalDateTime getAbsenceUntil() {
    return absenceUntil;
  }

  public void setAbsenceUntil(LocalDateTime absenceUntil) {
    this.absenceUntil = absenceUntil;
  }

  public String getAbsenceNote() {
    return absenceNote;
  }

  public void setAbsenceNote(String absenceNote) {
    this.absenceNote = absenceNote;
  }

  public Long getNewLanguageId() {
    return newLanguageId;
  }

  public void setNewLanguageId(Long newLanguageId) {
    this.newLanguageId = newLanguageId;
  }

  public Long getNewVarietyId() {
    return newVarietyId;
  }

  public void setNewVarietyId(Long newVarietyId) {
    this.newVarietyId = newVarietyId;
  }

  public SkillLevel getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(SkillLevel newLevel) {
    this.newLevel = newLevel;
  }

  public List<LanguageVariety> getVarieties() {
    return varieties;
  }

  public InterpreterStatus getStatus() {
    return status;
  }

  public void setStatus(InterpreterStatus status) {
    this.status = status;
  }

  public LocalDate getCertificate() {
    return certificate;
  }

  public void setCertificate(LocalDate certificate) {
    this.certificate = certificate;
  }

  public boolean isConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(boolean confidentiality) {
    this.confidentiality = confidentiality;
  }

  public boolean isDataSecrecy() {
    return dataSecrecy;
  }

  public void setDataSecrecy(boolean dataSecrecy) {
    this.dataSecrecy = dataSecrecy;
  }

  public boolean isInduction() {
    return induction;
  }

  public void setInduction(boolean induction) {
    this.induction = induction;
  }
}
