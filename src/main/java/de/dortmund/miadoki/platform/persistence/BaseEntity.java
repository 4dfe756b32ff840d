package de.dortmund.miadoki.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * Id and optimistic lock of every mutable entity. Ids come from one shared sequence fetched in
 * blocks of 50 (no identity columns: they are not portable across the databases we run on).
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /**
   * What the audit log names beside type and id: the person or matter the record concerns (a client
   * reference, an account's user name), never its content; nothing by default.
   */
  public String auditSubject() {
    return null;
  }

  public boolean isNew() {
    return id == null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return id != null && Objects.equals(id, ((BaseEntity) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
