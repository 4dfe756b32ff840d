package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.EnumSet;
import java.util.Set;

/**
 * In-container tests call services as a chosen person with chosen roles, without going through the
 * login form (the browser tests cover that). Replaces {@link CurrentUser} only in test deployments.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller extends CurrentUser {

  private String username;
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public void actAs(String username, Role... roles) {
    this.username = username;
    this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
  }

  public void anonymous() {
    this.username = null;
    this.roles = EnumSet.noneOf(Role.class);
  }

  @Override
  public boolean isAuthenticated() {
    return username != null;
  }

  @Override
  public String username() {
    return username == null ? ANONYMOUS : username;
  }

  @Override
  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
