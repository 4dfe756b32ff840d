package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Collections;
import java.util.Set;

/**
 * Who is calling, for the length of one request: the name the container authenticated and the roles
 * of that portal account. Services ask this bean, never the HTTP request, so the same rules hold
 * for every entry point.
 */
@RequestScoped
public class CurrentUser {

  public static final String ANONYMOUS = "anonymous";

  @Inject SecurityContext securityContext;
  @Inject AccountStates accountStates;

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
   * The caller's roles: those the portal account has now (not those of the moment of the login, so
   * that a change of roles reaches open sessions), read once per request; none for someone signed
   * in by the city's service without an active portal account.
   */
  public Set<Role> roles() {
    if (roles != null) {
      return roles;
    }
    if (!isAuthenticated()) {
      // not kept: the login of this very request may still come
      return Set.of();
    }
    roles =
        accountStates
            .of(username())
            .filter(AccountStates.AccountState::active)
            .map(s -> Collections.unmodifiableSet(s.roles()))
            .orElse(Set.of());
    return roles;
  }
}
