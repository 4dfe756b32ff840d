package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's form for a new member of the pool; the profile page then takes languages,
 * availability and vetting. A new interpreter starts as an applicant.
 */
@Named
@ViewScoped
public class InterpreterRegistration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InterpreterDirectory directory;
  @Inject Clock clock;

  @NotBlank
  @Size(max = 100)
  private String firstName;

  @NotBlank
  @Size(max = 100)
  private String lastName;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @Size(max = 40)
  private String phone;

  @NotNull private District district;

  @NotNull
  @Min(0)
  @Max(100)
  private Integer maxTravelKm = 15;

  @NotNull private Gender gender;
  @NotNull private Qualification qualification = Qualification.TRAINED_LAY;
  @NotEmpty private List<FieldOfWork> fields = new ArrayList<>();
  @NotEmpty private List<Mode> modes = new ArrayList<>(List.of(Mode.ON_SITE));

  public String register() {
    Interpreter interpreter =
        new Interpreter(
            firstName.strip(),
            lastName.strip(),
            email.strip(),
            district,
            maxTravelKm,
            gender,
            qualification,
            clock.instant());
    interpreter.changeProfile(district, maxTravelKm, gender, qualification, fields, modes);
    interpreter.changeContact(
        email.strip(), phone == null || phone.isBlank() ? null : phone.strip());
    Interpreter registered = directory.register(interpreter);
    Messages.keepOverRedirect();
    Messages.info("interpreters.registered", registered.getDisplayName());
    return "/interpreting/profile?faces-redirect=true&id=" + registered.getId();
  }

  public District[] getDistricts() {
    return District.values();
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public Qualification[] getQualifications() {
    return Qualification.values();
  }

  public FieldOfWork[] getAllFields() {
    return FieldOfWork.values();
  }

  public Mode[] getAllModes() {
    return Mode.values();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public District getDistrict() {
    return district;
  }

  public void setDistrict(District district) {
    this.district = district;
  }

  public Integer getMaxTravelKm() {
    return maxTravelKm;
  }

  public void setMaxTravelKm(Integer maxTravelKm) {
    this.maxTravelKm = maxTravelKm;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public void setQualification(Qualification qualification) {
    this.qualification = qualification;
  }

  public List<FieldOfWork> getFields() {
    return fields;
  }

  public void setFields(List<FieldOfWork> fields) {
    this.fields = fields;
  }

  public List<Mode> getModes() {
    return modes;
  }

  public void setModes(List<Mode> modes) {
    this.modes = modes;
  }
}
