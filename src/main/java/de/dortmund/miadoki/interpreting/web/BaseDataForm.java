package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.BaseData;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.FieldOfWork;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.Mode;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * An interpreter's contact and working data as the coordinators enter them, at registration and
 * later on the profile (WEB-INF/includes/interpreter-base-data.xhtml shows the fields).
 */
public class BaseDataForm implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** The form filled with the interpreter's current data. */
  static BaseDataForm of(Interpreter interpreter) {
    BaseDataForm form = new BaseDataForm();
    form.email = interpreter.getEmail();
    form.phone = interpreter.getPhone();
    form.district = interpreter.getHomeDistrict();
    form.maxTravelKm = interpreter.getMaxTravelKm();
    form.gender = interpreter.getGender();
    form.qualification = interpreter.getQualification();
    form.fields = new ArrayList<>(interpreter.getFields());
    form.modes = new ArrayList<>(interpreter.getModes());
    return form;
  }

  /** The form's values for the service. */
  public BaseData toBaseData() {
    return new BaseData(
        email,
        phone,
        district,
        maxTravelKm,
        gender,
        qualification,
        fields.isEmpty() ? EnumSet.noneOf(FieldOfWork.class) : EnumSet.copyOf(fields),
        modes.isEmpty() ? EnumSet.noneOf(Mode.class) : EnumSet.copyOf(modes));
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
