package de.dortmund.miadoki.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may open a page, a download or a folder of them: a path ({@code /admin/users.xhtml}) or a
 * folder ({@code /admin/*}), and either everyone (public, no login), everyone signed in, or the
 * holders of given roles.
 */
public record PageRule(String path, Audience audience, Set<Role> roles) {

  public enum Audience {
    PUBLIC,
    SIGNED_IN,
    ROLES
  }

  public PageRule {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A page path starts with /: " + path);
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Open to everyone, without a login. */
  public static PageRule open(String path) {
    return new PageRule(path, Audience.PUBLIC, Set.of());
  }

  /** Open to everyone signed in. */
  public static PageRule signedIn(String path) {
    return new PageRule(path, Audience.SIGNED_IN, Set.of());
  }

  /** Open to those who hold one of the roles. */
  public static PageRule roles(String path, Role first, Role... more) {
    return new PageRule(path, Audience.ROLES, EnumSet.of(first, more));
  }

  public boolean isFolder() {
    return path.endsWith("/*");
  }

  /** Whether this rule covers the path: the same path, or a path inside the folder. */
  boolean covers(String requested) {
    return isFolder()
        ? requested.startsWith(path.substring(0, path.length() - 1))
        : requested.equals(path);
  }

  public boolean allows(Set<Role> held) {
    return switch (audience) {
      case PUBLIC, SIGNED_IN -> true;
      case ROLES -> held.stream().anyMatch(roles::contains);
    };
  }
}
