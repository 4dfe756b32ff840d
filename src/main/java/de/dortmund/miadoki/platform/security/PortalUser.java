package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who can log in: name, contact, department, roles, language, and the wrong passwords
 * since the last sign-in. Accounts are never locked by failures (a stranger could keep a colleague
 * out); the login throttle slows down the guessing address instead. The column {@code locked_until}
 * of earlier versions stays empty.
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(
    name = PortalUser.BY_SSO_SUBJECT,
    query = "select u from PortalUser u where u.ssoSubject = :subject")
@NamedQuery(
    name = PortalUser.BY_USERNAME,
    query = "select u from PortalUser u where u.username = :username")
public class PortalUser extends BaseEntity {

  public static final String BY_USERNAME = "PortalUser.byUsername";
  public static final String BY_SSO_SUBJECT = "PortalUser.bySsoSubject";

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "locale", nullable = false)
  private String locale = "de";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "portal_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "sso_subject")
  private String ssoSubject;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_login")
  private OffsetDateTime lastLogin;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** When the password was last set or the account (de)activated: older sessions end. */
  @Column(name = "credentials_changed_at")
  private OffsetDateTime credentialsChangedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false)
  private Source source = Source.PORTAL;

  /** Where the account comes from. */
  public enum Source {
    /** Created in the portal (by an administrator, an invitation, the demo data). */
    PORTAL,
    /** Created at the first sign-in of a member of staff through the city's directory. */
    DIRECTORY
  }

  protected PortalUser() {}

  public PortalUser(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Department department,
      Collection<Role> roles,
      Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.department = department;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = Timestamps.of(now);
  }

  /** Whether a login attempt at {@code now} is refused without even checking the password. */
  /**
   * Counts a wrong password since the last sign-in (shown to administrators). It locks nothing: the
   * login throttle slows down the address that guesses ({@code LoginThrottle}).
   */
  public void recordFailedLogin(Instant now) {
    failedLogins++;
  }

  /** The single sign-on provider's subject of this person: linked once, never replaced. */
  public void linkSubject(String subject) {
    if (ssoSubject != null && !ssoSubject.equals(subject)) {
      throw new IllegalStateException("Account " + username + " is linked to another subject");
    }
    ssoSubject = subject;
  }

  public String getSsoSubject() {
    return ssoSubject;
  }

  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLogin = Timestamps.of(now);
  }

  /** A new password; sessions that were open before end at their next request. */
  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.failedLogins = 0;
    this.lockedUntil = null;
    this.credentialsChangedAt = Timestamps.of(now);
  }

  public void update(String displayName, String email, Department department, Set<Role> roles) {
    this.displayName = displayName;
    this.email = email;
    this.department = department;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public void deactivate(Instant now) {
    this.active = false;
    this.credentialsChangedAt = Timestamps.of(now);
  }

  public void activate() {
    this.active = true;
  }

  /** Marks the account as one the city's directory provides (first sign-in of staff). */
  public void provideFromDirectory() {
    this.source = Source.DIRECTORY;
  }

  /**
   * Takes over what the directory says about the person at a sign-in: name, address and, when the
   * directory's department code matches one of the portal, the department. Roles stay the portal's.
   */
  public void updateFromDirectory(String displayName, String email, Department department) {
    if (displayName != null) {
      this.displayName = displayName;
    }
    if (email != null) {
      this.email = email;
    }
    if (department != null) {
      this.department = department;
    }
  }

  public void preferLocale(String locale) {
    this.locale = locale;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public String getLocale() {
    return locale;
  }

  public Department getDepartment() {
    return department;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLastLogin() {
    return Timestamps.instant(lastLogin);
  }

  public Instant getCreatedAt() {
    return Timestamps.instant(createdAt);
  }

  public Instant getCredentialsChangedAt() {
    return Timestamps.instant(credentialsChangedAt);
  }

  public Source getSource() {
    return source;
  }

  @Override
  public String auditSubject() {
    return getUsername();
  }
}
