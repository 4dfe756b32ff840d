package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Interpreters in pickers, by id; loading goes through the directory and its access rules. */
@FacesConverter(value = "interpreting.interpreter", managed = true)
public class InterpreterConverter implements Converter<Interpreter> {

  @Inject InterpreterDirectory directory;

  @Override
  public Interpreter getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.load(Long.valueOf(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Interpreter value) {
    return value == null || value.getId() == null ? "" : String.valueOf(value.getId());
  }
}
