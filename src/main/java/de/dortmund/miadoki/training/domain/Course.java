package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A training of the catalogue, given in one or more sessions. */
@Entity
@Table(name = "training_course")
public class Course extends BaseEntity {

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false)
  private Topic topic;

  @Column(name = "target_group", nullable = false)
  private String targetGroup;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "min_participants", nullable = false)
  private int minParticipants;

  @Column(name = "max_participants", nullable = false)
  private int maxParticipants;

  @Column(name = "reason_required", nullable = false)
  private boolean reasonRequired;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Course() {}

  public Course(CourseData data) {
    describe(data);
  }

  /** Takes the manager's description of the course, if its numbers fit together. */
  public final void describe(CourseData data) {
    if (data.maxParticipants() < data.minParticipants()) {
      throw new RuleViolationException(
          RuleViolation.of("maxParticipants", "course.maxBelowMin", data.minParticipants()));
    }
    this.title = data.title().strip();
    this.description = data.description().strip();
    this.topic = data.topic();
    this.targetGroup = data.targetGroup().strip();
    this.durationMinutes = data.durationMinutes();
    this.minParticipants = data.minParticipants();
    this.maxParticipants = data.maxParticipants();
    this.reasonRequired = data.reasonRequired();
    this.approvalRequired = data.approvalRequired();
    this.active = data.active();
  }

  public CourseData data() {
    return new CourseData(
        title,
        description,
        topic,
        targetGroup,
        durationMinutes,
        minParticipants,
        maxParticipants,
        reasonRequired,
        approvalRequired,
        active);
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Topic getTopic() {
    return topic;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public int getMinParticipants() {
    return minParticipants;
  }

  public int getMaxParticipants() {
    return maxParticipants;
  }

  public boolean isReasonRequired() {
    return reasonRequired;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String auditSubject() {
    return title.length() > 80 ? title.substring(0, 80) : title;
  }
}
