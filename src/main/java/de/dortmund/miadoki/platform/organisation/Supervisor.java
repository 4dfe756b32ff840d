package de.dortmund.miadoki.platform.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A person who leads a department, or stands in as deputy, by the account's user name. */
@Embeddable
public class Supervisor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "username", nullable = false)
  private String username;

  @Column(name = "deputy", nullable = false)
  private boolean deputy;

  protected Supervisor() {}

  public Supervisor(String username, boolean deputy) {
    this.username = username;
    this.deputy = deputy;
  }

  public String getUsername() {
    return username;
  }

  public boolean isDeputy() {
    return deputy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Supervisor s && Objects.equals(username, s.username);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }
}
