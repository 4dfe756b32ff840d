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
 * What the administrator enters for an account; validated on the server with the bundles' texts.
 */
public class UserForm implements Serializable {

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

  private Long departmentId;

  @NotEmpty(message = "{user.roles.empty}")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** Only for a new account, or when the administrator resets the password. */
  @Size(min = 10, max = 200, message = "{user.password.size}")
  private String password;

  /** The version the form was loaded with, to detect concurrent changes. */
  private long version;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
