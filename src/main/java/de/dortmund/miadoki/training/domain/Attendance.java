package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Whether a participant was there for one part of the session, as the trainer ticked it. */
@Entity
@Table(name = "training_attendance")
public class Attendance extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "registration_id", nullable = false, updatable = false)
  private Registration registration;

  @ManyToOne(optional = false)
  @JoinColumn(name = "part_id", nullable = false, updatable = false)
  private SessionPart part;

  @Column(name = "present", nullable = false)
  private boolean present;

  protected Attendance() {}

  public Attendance(Registration registration, SessionPart part, boolean present) {
    this.registration = registration;
    this.part = part;
    this.present = present;
  }

  public void mark(boolean present) {
    this.present = present;
  }

  public Registration getRegistration() {
    return registration;
  }

  public SessionPart getPart() {
    return part;
  }

  public boolean isPresent() {
    return present;
  }

  @Override
  public String auditSubject() {
    return registration.getUsername();
  }
}
