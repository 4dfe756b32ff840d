package de.dortmund.miadoki.interpreting.application;

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
import java.util.Set;

/** An interpreter's contact and working data, as the coordinators keep them. */
public record BaseData(
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @NotNull District district,
    @Min(0) @Max(100) int maxTravelKm,
    @NotNull Gender gender,
    @NotNull Qualification qualification,
    @NotEmpty Set<FieldOfWork> fields,
    @NotEmpty Set<Mode> modes) {

  public void applyTo(Interpreter interpreter) {
    interpreter.changeProfile(district, maxTravelKm, gender, qualification, fields, modes);
    interpreter.changeContact(
        email.strip(), phone == null || phone.isBlank() ? null : phone.strip());
  }
}
