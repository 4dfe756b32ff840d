package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.platform.web.NavigationContribution;
import de.dortmund.miadoki.platform.web.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The awards' screens in the main menu. */
@ApplicationScoped
public class AwardNavigation implements NavigationContribution {

  private static final String SECTION = "nav.section.awards";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(SECTION, "nav.awards.nominate", "/awards/nominate", "pi pi-star", 300),
        new NavigationItem(SECTION, "nav.awards.jury", "/awards/jury", "pi pi-check-circle", 301),
        new NavigationItem(
            SECTION, "nav.awards.nominations", "/awards/nominations", "pi pi-list", 302),
        new NavigationItem(
            SECTION, "nav.awards.programmes", "/awards/programmes", "pi pi-trophy", 303),
        new NavigationItem(SECTION, "nav.awards.nominee", "/awards/nominee", "pi pi-id-card", 304));
  }
}
