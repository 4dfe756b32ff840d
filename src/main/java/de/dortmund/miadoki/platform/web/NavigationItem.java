package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.Role;
import java.util.Set;

/**
 * One menu entry: the section it belongs to, its label key and the view it opens. The menu shows it
 * to whoever may open the page (the modules' {@code PageRules}); {@code onlyFor} narrows that for
 * personal entries (an interpreter's own profile, which coordinators open for others), empty
 * otherwise.
 */
public record NavigationItem(
    String sectionKey, String labelKey, String outcome, String icon, Set<Role> onlyFor, int order) {

  public NavigationItem(
      String sectionKey, String labelKey, String outcome, String icon, int order) {
    this(sectionKey, labelKey, outcome, icon, Set.of(), order);
  }
}
