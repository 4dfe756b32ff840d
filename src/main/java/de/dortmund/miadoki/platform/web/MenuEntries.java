package de.dortmund.miadoki.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.function.Predicate;

/**
 * The entries of a long menu that sends them only when it is opened ({@code dynamic="true"}, e.g.
 * the city's 200 departments in a filter). The first rendering of a page needs only the chosen
 * entry, which the closed menu shows; opening it and submitting a choice are postbacks, which get
 * all entries (the choice is validated against them). So a list page does not build 200 menu
 * entries on every visit that nobody opens.
 */
public final class MenuEntries {

  private MenuEntries() {}

  public static <T> List<T> shown(List<T> all, Predicate<T> chosen) {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return all;
    }
    return all.stream().filter(chosen).toList();
  }
}
