package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What the session form holds while the manager edits it: ids of room and trainers, the parts. */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One dated part as typed. */
  public static class Part implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;

    public Part() {}

    public Part(LocalDateTime startsAt, LocalDateTime endsAt) {
      this.startsAt = startsAt;
      this.endsAt = endsAt;
    }

    public LocalDateTime getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
      this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
      return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
      this.endsAt = endsAt;
    }
  }

  private Long courseId;
  private Long roomId;
  private String onlineLink;
  private List<Long> trainerIds = new ArrayList<>();
  private List<Part> parts = new ArrayList<>(List.of(new Part()));
  private Integer capacity;
  private Integer minBookings;
  private LocalDateTime registrationDeadline;
  private WaitingListPolicy policy = WaitingListPolicy.AUTOMATIC;
  private Integer claimHours = 48;
  private boolean approvalRequired = true;

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public List<Long> getTrainerIds() {
    return trainerIds;
  }

  public void setTrainerIds(List<Long> trainerIds) {
    this.trainerIds = trainerIds == null ? new ArrayList<>() : new ArrayList<>(trainerIds);
  }

  public List<Part> getParts() {
    return parts;
  }

  public void setParts(List<Part> parts) {
    this.parts = parts;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Integer getMinBookings() {
    return minBookings;
  }

  public void setMinBookings(Integer minBookings) {
    this.minBookings = minBookings;
  }

  public LocalDateTime getRegistrationDeadline() {
    return registrationDeadline;
  }

  public void setRegistrationDeadline(LocalDateTime registrationDeadline) {
    this.registrationDeadline = registrationDeadline;
  }

  public WaitingListPolicy getPolicy() {
    return policy;
  }

  public void setPolicy(WaitingListPolicy policy) {
    this.policy = policy;
  }

  public Integer getClaimHours() {
    return claimHours;
  }

  public void setClaimHours(Integer claimHours) {
    this.claimHours = claimHours;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }
}
