package de.dortmund.miadoki.platform.security;

/**
 * A member of the city's staff as the city's directory or single sign-on describes them: user name,
 * name, e-mail address and the code of the department (each but the name may be missing), and with
 * single sign-on the provider's subject, which stays the same for the person.
 */
public record StaffPerson(
    String username, String displayName, String email, String departmentCode, String subject) {

  /** A person from the directory, which has no subject of its own. */
  public StaffPerson(String username, String displayName, String email, String departmentCode) {
    this(username, displayName, email, departmentCode, null);
  }
}
