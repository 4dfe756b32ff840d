package de.dortmund.miadoki.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's own screens: home, own account, and the administration. */
@ApplicationScoped
public class PlatformNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem("nav.section.start", "nav.home", "/index", "pi pi-home", 0),
        new NavigationItem(
            "nav.section.start", "nav.account", "/account/settings", "pi pi-user", 1),
        new NavigationItem(
            "nav.section.admin", "nav.invitations", "/accounts/invitations", "pi pi-send", 899),
        new NavigationItem("nav.section.admin", "nav.users", "/admin/users", "pi pi-users", 900),
        new NavigationItem("nav.section.admin", "nav.audit", "/admin/audit", "pi pi-history", 901),
        new NavigationItem(
            "nav.section.admin", "nav.outbox", "/admin/outbox", "pi pi-envelope", 903),
        new NavigationItem(
            "nav.section.admin", "nav.retention", "/admin/retention", "pi pi-clock", 904),
        new NavigationItem(
            "nav.section.admin", "nav.about", "/admin/about", "pi pi-info-circle", 905),
        new NavigationItem(
            "nav.section.admin",
            "nav.departments",
            "/organisation/departments",
            "pi pi-building",
            902));
  }
}
