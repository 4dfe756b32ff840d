package de.dortmund.miadoki.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who an account is for and with which roles: what an invitation asks for, and the base of what the
 * administrator enters ({@link UserForm}); validated on the server with the bundles' texts.
 */
public class AccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(min = 3, max = 80)
  @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
  private String username;

  @NotBlank
  @Size(max = 200)
  private String displayName;

  @NotBlank
  @Email
  @Size(max = 254)
  private String email;

  @NotEmpty(message = "{user.roles.empty}")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName == null ? null : displayName.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.strip();
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
