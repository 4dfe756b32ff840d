package de.dortmund.miadoki.platform.web;

import java.util.List;

/** Each module lists its screens for the main menu by providing a bean of this type. */
public interface NavigationContribution {
  List<NavigationItem> items();
}
