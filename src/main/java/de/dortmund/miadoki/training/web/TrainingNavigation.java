package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.NavigationContribution;
import de.dortmund.miadoki.platform.web.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The trainings' screens in the main menu. */
@ApplicationScoped
public class TrainingNavigation implements NavigationContribution {

  private static final String SECTION = "nav.section.training";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            SECTION, "nav.training.catalogue", "/training/catalogue", "pi pi-book", 200),
        new NavigationItem(
            SECTION, "nav.training.mine", "/training/registrations", "pi pi-bookmark", 201),
        new NavigationItem(
            SECTION, "nav.training.approvals", "/training/approvals", "pi pi-check-square", 202),
        new NavigationItem(
            SECTION, "nav.training.sessions", "/training/sessions", "pi pi-calendar", 203),
        new NavigationItem(
            SECTION,
            "nav.training.allRegistrations",
            "/training/all-registrations",
            "pi pi-list",
            204),
        new NavigationItem(
            SECTION, "nav.training.attendance", "/training/attendance", "pi pi-users", 205),
        new NavigationItem(
            SECTION, "nav.training.statistics", "/training/statistics", "pi pi-chart-bar", 206),
        new NavigationItem(SECTION, "nav.training.courses", "/training/courses", "pi pi-cog", 207));
  }
}
