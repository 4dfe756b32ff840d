package de.dortmund.miadoki.it.support;

import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * In-container tests call services as a chosen person with chosen roles, without going through the
 * login form (the browser tests cover that). Replaces {@link CurrentUser} only in the test
 * deployment; a request in which no test chose a caller (a browser's, say) keeps the person the
 * container signed in, so browser and in-container tests share one deployment.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller extends CurrentUser {

  private boolean chosen;
  private String username;
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public void actAs(String username, Role... roles) {
    this.chosen = true;
    this.username = username;
    this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
  }

  public void anonymous() {
    this.chosen = true;
    this.username = null;
    this.roles = EnumSet.noneOf(Role.class);
  }

  @Override
  public boolean isAuthenticated() {
    return chosen ? username != null : super.isAuthenticated();
  }

  @Override
  public String username() {
    if (!chosen) {
      return super.username();
    }
    return username == null ? ANONYMOUS : username;
  }

  @Override
  public boolean hasRole(Role role) {
    return chosen ? roles.contains(role) : super.hasRole(role);
  }

  @Override
  public Set<Role> roles() {
    return chosen ? Collections.unmodifiableSet(roles) : super.roles();
  }
}
