package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
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

  public boolean isAuthenticated() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String username() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? ANONYMOUS : principal.getName();
  }

  public boolean hasRole(Role role) {
    return securityContext.isCallerInRole(role.name());
  }

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (hasRole(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  public void require(Role role) {
    if (!hasRole(role)) {
      throw new AccessDeniedException(username() + " lacks role " + role);
    }
  }
}
