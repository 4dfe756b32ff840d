package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.Certificates;
import de.dortmund.miadoki.training.application.Feedback;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.application.SessionForm;
import de.dortmund.miadoki.training.application.TrainingCatalogue;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.Room;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.Trainer;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The training manager's page of one session (or a new one): its plan, its status, and everyone
 * registered in arrival order, with moving up by hand and the certificates after it was held.
 */
@Named
@ViewScoped
public class SessionEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;
  @Inject Feedback feedback;
  @Inject TrainingCatalogue catalogue;
  @Inject Registrations registrations;
  @Inject RegistrationLists lists;
  @Inject Certificates certificates;
  @Inject Clock clock;

  private Long id;
  private Feedback.Results results;
  private TrainingSession session;
  private SessionForm form;
  private List<Course> courses;
  private List<Room> rooms;
  private List<Trainer> trainers;
  private List<Registration> registered = List.of();
  private Map<Long, Integer> positions = Map.of();

  public void load() {
    courses = catalogue.courses(true);
    rooms = catalogue.rooms().stream().filter(Room::isActive).toList();
    trainers = catalogue.trainers().stream().filter(Trainer::isActive).toList();
    if (id == null) {
      form = new SessionForm();
      return;
    }
    session = sessions.load(id);
    form = sessions.formOf(id);
    registered = lists.ofSession(id);
    positions = lists.positions(id);
    if (isHeld()) {
      results = feedback.results(id);
    }
  }

  public void addPart() {
    form.getParts().add(new SessionForm.Part());
  }

  public void removePart(SessionForm.Part part) {
    if (form.getParts().size() > 1) {
      form.getParts().remove(part);
    }
  }

  /** The course's numbers as the starting point of a new session. */
  public void courseChosen() {
    courses.stream()
        .filter(c -> c.getId().equals(form.getCourseId()))
        .findFirst()
        .ifPresent(
            c -> {
              form.setCapacity(c.getMaxParticipants());
              form.setMinBookings(c.getMinParticipants());
              form.setApprovalRequired(c.isApprovalRequired());
            });
  }

  public String save() {
    if (session == null) {
      TrainingSession created = sessions.plan(form);
      return done(created.getId(), "session.planned");
    }
    sessions.change(id, session.getVersion(), form);
    return done(id, "session.saved");
  }

  public String open() {
    sessions.open(id, session.getVersion());
    return done(id, "session.opened");
  }

  public String cancel() {
    sessions.cancel(id, session.getVersion());
    return done(id, "session.cancelled");
  }

  public String moveUp(Registration r) {
    registrations.moveUp(r.getId(), r.getVersion());
    return done(id, "registration.movedUp", r.getPersonName());
  }

  public String withdraw(Registration r) {
    registrations.cancel(r.getId(), r.getVersion());
    return done(id, "registration.withdrawn", r.getPersonName());
  }

  public String issueCertificates() {
    int issued = certificates.issue(id);
    return done(id, "certificate.issued", issued);
  }

  private String done(Long sessionId, String key, Object... args) {
    return Messages.redirect("/training/session-edit?id=" + sessionId, key, args);
  }

  public SessionStatus getStatus() {
    return session == null ? SessionStatus.PLANNED : session.statusAt(LocalDateTime.now(clock));
  }

  public boolean isEditable() {
    return session == null
        || session.getStatus() != SessionStatus.CANCELLED
            && !session.hasStartedAt(LocalDateTime.now(clock));
  }

  /**
   * Whether the manager can give a place to someone waiting: before the start, with fewer places
   * given or held for an approval than the session has.
   */
  public boolean isPlaceToGive() {
    long given =
        registered.stream().filter(r -> r.getStatus().takesPlace() || r.isPlaceHeld()).count();
    return isEditable() && session != null && given < session.getCapacity();
  }

  public boolean isHeld() {
    return getStatus() == SessionStatus.HELD;
  }

  public WaitingListPolicy[] getPolicies() {
    return WaitingListPolicy.values();
  }

  public Integer positionOf(Registration r) {
    return positions.get(r.getId());
  }

  /** The session's feedback once it is held; null before. */
  public Feedback.Results getResults() {
    return results;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public SessionForm getForm() {
    return form;
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

  public List<Registration> getRegistered() {
    return registered;
  }
}
