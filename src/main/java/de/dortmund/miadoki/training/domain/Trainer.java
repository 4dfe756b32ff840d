package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Someone who gives trainings: a member of staff, or an external person invited to a portal account
 * with the TRAINER role. The account (by user name) lets the trainer see the own sessions and tick
 * attendance.
 */
@Entity
@Table(name = "trainer")
@NamedQuery(
    name = Trainer.BY_USERNAME,
    query = "select t from Trainer t where t.username = :username")
public class Trainer extends BaseEntity {

  public static final String BY_USERNAME = "Trainer.byUsername";

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "username")
  private String username;

  @Column(name = "external", nullable = false)
  private boolean external;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Trainer() {}

  public Trainer(String displayName, String email, String username, boolean external) {
    describe(displayName, email, username, external, true);
  }

  public final void describe(
      String displayName, String email, String username, boolean external, boolean active) {
    this.displayName = displayName.strip();
    this.email = email.strip();
    this.username = username == null || username.isBlank() ? null : username.strip();
    this.external = external;
    this.active = active;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getUsername() {
    return username;
  }

  public boolean isExternal() {
    return external;
  }

  public boolean isActive() {
    return active;
  }

  /** The resource name under which the trainer's time is blocked. */
  public String slotResource() {
    return "trainer:" + getId();
  }

  @Override
  public String auditSubject() {
    return displayName.length() > 80 ? displayName.substring(0, 80) : displayName;
  }
}
