package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A room trainings are held in; a room is never booked into two overlapping parts. */
@Entity
@Table(name = "training_room")
public class Room extends BaseEntity {

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  /** Step-free access, an accessible toilet: what a wheelchair user needs. */
  @Column(name = "accessible", nullable = false)
  private boolean accessible;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Room() {}

  public Room(String name, int capacity, boolean accessible) {
    describe(name, capacity, accessible, true);
  }

  public final void describe(String name, int capacity, boolean accessible, boolean active) {
    this.name = name.strip();
    this.capacity = capacity;
    this.accessible = accessible;
    this.active = active;
  }

  public String getName() {
    return name;
  }

  public int getCapacity() {
    return capacity;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public boolean isActive() {
    return active;
  }

  /** The resource name under which the room's time is blocked. */
  public String slotResource() {
    return "room:" + getId();
  }

  @Override
  public String auditSubject() {
    return name;
  }
}
