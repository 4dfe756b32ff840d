package de.dortmund.miadoki.platform.security;

import jakarta.validation.constraints.Size;

/**
 * What the administrator enters for an account: beyond {@link AccountForm} the department, a
 * password and the version the form was loaded with.
 */
public class UserForm extends AccountForm {

  private static final long serialVersionUID = 1L;

  private Long departmentId;

  /** Only for a new account, or when the administrator resets the password. */
  @Size(min = 10, max = 200, message = "{user.password.size}")
  private String password;

  /** The version the form was loaded with, to detect concurrent changes. */
  private long version;

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
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
