package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Interpreters in pickers, by id; loading goes through the directory and its access rules. */
@FacesConverter("interpreting.interpreter")
public class InterpreterConverter implements Converter<Interpreter> {

  @Override
  public Interpreter getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CDI.current().select(InterpreterDirectory.class).get().load(Long.valueOf(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Interpreter value) {
    return value == null || value.getId() == null ? "" : String.valueOf(value.getId());
  }
}
