package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import org.omnifaces.cdi.ViewScoped;

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

  @Valid private final BaseDataForm data = new BaseDataForm();

  public String register() {
    Interpreter interpreter =
        new Interpreter(
            firstName.strip(),
            lastName.strip(),
            data.getEmail().strip(),
            data.getDistrict(),
            data.getMaxTravelKm(),
            data.getGender(),
            data.getQualification(),
            clock.instant());
    data.toBaseData().applyTo(interpreter);
    Interpreter registered = directory.register(interpreter);
    Messages.keepOverRedirect();
    Messages.info("interpreters.registered", registered.getDisplayName());
    return "/interpreting/profile?faces-redirect=true&id=" + registered.getId();
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

  public BaseDataForm getData() {
    return data;
  }
}
