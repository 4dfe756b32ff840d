package de.dortmund.miadoki.platform.security;

/**
 * A member of the city's staff as the city's directory or single sign-on describes them: user name,
 * name, e-mail address and the code of the department (each but the name may be missing).
 */
public record StaffPerson(
    String username, String displayName, String email, String departmentCode) {}
