package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The platform's own screens: home, own account, and the administration. */
@ApplicationScoped
public class PlatformNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem("nav.section.start", "nav.home", "/index", "pi pi-home", Set.of(), 0),
        new NavigationItem(
            "nav.section.start", "nav.account", "/account/settings", "pi pi-user", Set.of(), 1),
        new NavigationItem(
            "nav.section.admin",
            "nav.users",
            "/admin/users",
            "pi pi-users",
            Set.of(Role.ADMIN),
            900),
        new NavigationItem(
            "nav.section.admin",
            "nav.audit",
            "/admin/audit",
            "pi pi-history",
            Set.of(Role.ADMIN),
            901),
        new NavigationItem(
            "nav.section.admin",
            "nav.departments",
            "/organisation/departments",
            "pi pi-building",
            Set.of(Role.ADMIN, Role.COORDINATOR),
            902));
  }
}
