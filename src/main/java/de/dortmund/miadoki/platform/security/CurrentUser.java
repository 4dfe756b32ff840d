package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, for the length of one request: the name and roles the container authenticated.
 * Services ask this bean, never the HTTP request, so the same rules hold for every entry point.
 */
@RequestScoped
public class CurrentUser {

  public static final String ANONYMOUS = "anonymous";

  @Inject SecurityContext securityContext;

  private Set<Role> roles;

  public boolean isAuthenticated() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String username() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? ANONYMOUS : principal.getName();
  }

  public boolean hasRole(Role role) {
    return roles().contains(role);
  }

  /**
   * The caller's roles, asked of the container once per request: a page asks dozens of times (menu,
   * services, conditions in the view), and each question goes through the server's policy.
   */
  public Set<Role> roles() {
    if (roles != null) {
      return roles;
    }
    Set<Role> found = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (securityContext.isCallerInRole(role.name())) {
        found.add(role);
      }
    }
    // not kept before the login of this very request
    if (isAuthenticated()) {
      roles = Collections.unmodifiableSet(found);
    }
    return found;
  }
}
