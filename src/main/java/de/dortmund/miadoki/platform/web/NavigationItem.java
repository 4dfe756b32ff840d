package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.Role;
import java.util.Set;

/**
 * One menu entry: the section it belongs to, its label key, the view it opens and the roles that
 * may open it (empty: everyone logged in). The menu shows only what the user may open; the pages
 * and services enforce the same roles again.
 */
public record NavigationItem(
    String sectionKey, String labelKey, String outcome, String icon, Set<Role> roles, int order) {}
