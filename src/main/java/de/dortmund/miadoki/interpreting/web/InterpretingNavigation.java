package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.NavigationContribution;
import de.dortmund.miadoki.platform.web.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The interpreter pool's screens in the main menu. */
@ApplicationScoped
public class InterpretingNavigation implements NavigationContribution {

  private static final String SECTION = "nav.section.interpreting";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(SECTION, "nav.requests", "/interpreting/requests", "pi pi-list", 100),
        new NavigationItem(
            SECTION, "nav.newRequest", "/interpreting/request-new", "pi pi-plus-circle", 101),
        new NavigationItem(
            SECTION, "nav.interpreters", "/interpreting/interpreters", "pi pi-users", 102),
        new NavigationItem(
            SECTION,
            "nav.myProfile",
            "/interpreting/profile",
            "pi pi-id-card",
            // coordinators open profiles of others; "my profile" is the interpreter's own
            Set.of(Role.INTERPRETER),
            103),
        new NavigationItem(
            SECTION, "nav.myAppointments", "/interpreting/appointments", "pi pi-calendar", 104),
        new NavigationItem(
            SECTION, "nav.statements", "/interpreting/statements", "pi pi-wallet", 106),
        new NavigationItem(
            SECTION, "nav.calendar", "/interpreting/calendar", "pi pi-calendar-plus", 105),
        new NavigationItem(SECTION, "nav.reports", "/interpreting/reports", "pi pi-chart-bar", 107),
        new NavigationItem(
            SECTION, "nav.masterData", "/interpreting/master-data", "pi pi-book", 108),
        new NavigationItem(SECTION, "nav.rules", "/interpreting/rules", "pi pi-sliders-h", 109));
  }
}
