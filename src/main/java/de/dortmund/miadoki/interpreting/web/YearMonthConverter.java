package de.dortmund.miadoki.interpreting.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;

/** A month as "2026-11" in forms and links. */
@FacesConverter(forClass = YearMonth.class, value = "interpreting.yearMonth")
public class YearMonthConverter implements Converter<YearMonth> {

  @Override
  public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isBlank() ? null : YearMonth.parse(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
    return value == null ? "" : value.toString();
  }
}
