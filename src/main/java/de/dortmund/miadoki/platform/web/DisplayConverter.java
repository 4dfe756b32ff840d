package de.dortmund.miadoki.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

/** A converter that only shows a value (in the format of the view's language); nothing is read. */
abstract class DisplayConverter<T> implements Converter<T> {

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : format(value);
  }

  abstract String format(T value);
}
