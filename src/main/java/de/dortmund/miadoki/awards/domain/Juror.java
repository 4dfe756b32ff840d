package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of an edition's jury: an account with the juror role; one of them chairs. */
@Entity
@Table(name = "award_juror")
public class Juror extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private AwardProgramme programme;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "chair", nullable = false)
  private boolean chair;

  protected Juror() {}

  Juror(AwardProgramme programme, String username, String displayName, boolean chair) {
    this.programme = programme;
    this.username = username;
    this.displayName = displayName;
    this.chair = chair;
  }

  void setChair(boolean chair) {
    this.chair = chair;
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isChair() {
    return chair;
  }

  @Override
  public String auditSubject() {
    return username;
  }
}
