package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Roles in forms (a set's element type is not visible to Faces at run time). */
@FacesConverter("portal.role")
public class RoleConverter implements Converter<Role> {

  @Override
  public Role getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isEmpty() ? null : Role.valueOf(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Role value) {
    return value == null ? "" : value.name();
  }
}
