package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.TrainingCatalogue;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.CourseData;
import de.dortmund.miadoki.training.domain.Room;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.Trainer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The catalogue's master data for the training manager: courses, rooms and trainers. */
@Named
@ViewScoped
public class CourseAdmin implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingCatalogue catalogue;

  private List<Course> courses;
  private List<Room> rooms;
  private List<Trainer> trainers;

  private Long courseId;
  private long courseVersion;
  private String title;
  private String description;
  private Topic topic;
  private String targetGroup;
  private Integer durationMinutes;
  private Integer minParticipants;
  private Integer maxParticipants;
  private boolean reasonRequired;
  private boolean approvalRequired = true;
  private boolean courseActive = true;

  private Long roomId;
  private long roomVersion;
  private String roomName;
  private Integer roomCapacity;
  private boolean roomAccessible = true;
  private boolean roomActive = true;

  private Long trainerId;
  private long trainerVersion;
  private String trainerName;
  private String trainerEmail;
  private String trainerUsername;
  private boolean trainerExternal;
  private boolean trainerActive = true;

  public void load() {
    courses = catalogue.courses(false);
    rooms = catalogue.rooms();
    trainers = catalogue.trainers();
  }

  public void editCourse(Course c) {
    CourseData d = c.data();
    courseId = c.getId();
    courseVersion = c.getVersion();
    title = d.title();
    description = d.description();
    topic = d.topic();
    targetGroup = d.targetGroup();
    durationMinutes = d.durationMinutes();
    minParticipants = d.minParticipants();
    maxParticipants = d.maxParticipants();
    reasonRequired = d.reasonRequired();
    approvalRequired = d.approvalRequired();
    courseActive = d.active();
  }

  public String saveCourse() {
    catalogue.saveCourse(
        courseId,
        courseVersion,
        new CourseData(
            title,
            description,
            topic,
            targetGroup,
            durationMinutes == null ? 0 : durationMinutes,
            minParticipants == null ? 0 : minParticipants,
            maxParticipants == null ? 0 : maxParticipants,
            reasonRequired,
            approvalRequired,
            courseActive));
    return done("course.saved", title);
  }

  public void editRoom(Room r) {
    roomId = r.getId();
    roomVersion = r.getVersion();
    roomName = r.getName();
    roomCapacity = r.getCapacity();
    roomAccessible = r.isAccessible();
    roomActive = r.isActive();
  }

  public String saveRoom() {
    catalogue.saveRoom(
        roomId,
        roomVersion,
        roomName,
        roomCapacity == null ? 0 : roomCapacity,
        roomAccessible,
        roomActive);
    return done("room.saved", roomName);
  }

  public void editTrainer(Trainer t) {
    trainerId = t.getId();
    trainerVersion = t.getVersion();
    trainerName = t.getDisplayName();
    trainerEmail = t.getEmail();
    trainerUsername = t.getUsername();
    trainerExternal = t.isExternal();
    trainerActive = t.isActive();
  }

  public String saveTrainer() {
    catalogue.saveTrainer(
        trainerId,
        trainerVersion,
        trainerName,
        trainerEmail,
        trainerUsername,
        trainerExternal,
        trainerActive);
    return done("trainer.saved", trainerName);
  }

  private String done(String key, Object... args) {
    return Messages.redirect("/training/courses", key, args);
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  public List<Course> getCourses() {
    return courses;
  }

  public List<Room> getRooms() {
    return rooms;
  }

  public List<Trainer> getTrainers() {
    return trainers;
  }

  public Long getCourseId() {
    return courseId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Integer getMinParticipants() {
    return minParticipants;
  }

  public void setMinParticipants(Integer minParticipants) {
    this.minParticipants = minParticipants;
  }

  public Integer getMaxParticipants() {
    return maxParticipants;
  }

  public void setMaxParticipants(Integer maxParticipants) {
    this.maxParticipants = maxParticipants;
  }

  public boolean isReasonRequired() {
    return reasonRequired;
  }

  public void setReasonRequired(boolean reasonRequired) {
    this.reasonRequired = reasonRequired;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public void setApprovalRequired(boolean approvalRequired) {
    this.approvalRequired = approvalRequired;
  }

  public boolean isCourseActive() {
    return courseActive;
  }

  public void setCourseActive(boolean courseActive) {
    this.courseActive = courseActive;
  }

  public Long getRoomId() {
    return roomId;
  }

  public String getRoomName() {
    return roomName;
  }

  public void setRoomName(String roomName) {
    this.roomName = roomName;
  }

  public Integer getRoomCapacity() {
    return roomCapacity;
  }

  public void setRoomCapacity(Integer roomCapacity) {
    this.roomCapacity = roomCapacity;
  }

  public boolean isRoomAccessible() {
    return roomAccessible;
  }

  public void setRoomAccessible(boolean roomAccessible) {
    this.roomAccessible = roomAccessible;
  }

  public boolean isRoomActive() {
    return roomActive;
  }

  public void setRoomActive(boolean roomActive) {
    this.roomActive = roomActive;
  }

  public Long getTrainerId() {
    return trainerId;
  }

  public String getTrainerName() {
    return trainerName;
  }

  public void setTrainerName(String trainerName) {
    this.trainerName = trainerName;
  }

  public String getTrainerEmail() {
    return trainerEmail;
  }

  public void setTrainerEmail(String trainerEmail) {
    this.trainerEmail = trainerEmail;
  }

  public String getTrainerUsername() {
    return trainerUsername;
  }

  public void setTrainerUsername(String trainerUsername) {
    this.trainerUsername = trainerUsername;
  }

  public boolean isTrainerExternal() {
    return trainerExternal;
  }

  public void setTrainerExternal(boolean trainerExternal) {
    this.trainerExternal = trainerExternal;
  }

  public boolean isTrainerActive() {
    return trainerActive;
  }

  public void setTrainerActive(boolean trainerActive) {
    this.trainerActive = trainerActive;
  }
}
