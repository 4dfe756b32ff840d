package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.SharedCache;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccountForm;
import de.dortmund.miadoki.platform.security.Invitations;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.CourseData;
import de.dortmund.miadoki.training.domain.Room;
import de.dortmund.miadoki.training.domain.Trainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's master data, kept by the training manager: courses, rooms and trainers. External
 * trainers are invited to a portal account with the TRAINER role when they are added.
 */
@ApplicationScoped
@RequiresRole(TRAINING_MANAGER)
public class TrainingCatalogue {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject Invitations invitations;

  @RequiresRole({TRAINING_MANAGER, STAFF, SUPERVISOR, TRAINER})
  @Transactional
  public List<Course> courses(boolean activeOnly) {
    String where = activeOnly ? " where c.active = true" : "";
    return em.createQuery("select c from Course c" + where + " order by c.title", Course.class)
        .getResultList();
  }

  /** A new course (id null) or a change of one as the form saw it. */
  @Transactional
  public Course saveCourse(Long id, long version, @Valid @NotNull CourseData data) {
    if (id == null) {
      return records.create(new Course(data));
    }
    Course course = records.change(Course.class, id, version, Records.anyone());
    course.describe(data);
    records.changed(course);
    return course;
  }

  /** The city's active departments, for filters. */
  @Transactional
  public List<Department> departments() {
    return SharedCache.forDisplay(em.createNamedQuery(Department.ALL_ACTIVE, Department.class))
        .getResultList();
  }

  @Transactional
  public List<Room> rooms() {
    return em.createQuery("select r from Room r order by r.name", Room.class).getResultList();
  }

  @Transactional
  public Room saveRoom(
      Long id,
      long version,
      @NotBlank @Size(max = 200) String name,
      @Min(1) @Max(500) int capacity,
      boolean accessible,
      boolean active) {
    boolean taken =
        em.createQuery("select r from Room r where lower(r.name) = :name", Room.class)
            .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .anyMatch(r -> !r.getId().equals(id));
    if (taken) {
      throw new RuleViolationException(RuleViolation.of("roomName", "room.name.taken"));
    }
    if (id == null) {
      Room room = new Room(name, capacity, accessible);
      room.describe(name, capacity, accessible, active);
      return records.create(room);
    }
    Room room = records.change(Room.class, id, version, Records.anyone());
    room.describe(name, capacity, accessible, active);
    records.changed(room);
    return room;
  }

  @Transactional
  public List<Trainer> trainers() {
    return em.createQuery("select t from Trainer t order by t.displayName", Trainer.class)
        .getResultList();
  }

  /**
   * A trainer. Someone from outside who has no account yet is invited to one with the TRAINER role
   * under the given user name; staff are linked to their existing account.
   */
  @Transactional
  public Trainer saveTrainer(
      Long id,
      long version,
      @NotBlank @Size(max = 200) String displayName,
      @NotBlank @Email @Size(max = 254) String email,
      @Size(max = 80) String username,
      boolean external,
      boolean active) {
    if (id == null) {
      if (external && username != null && !username.isBlank() && !accountExists(username)) {
        AccountForm invite = new AccountForm();
        invite.setUsername(username.strip());
        invite.setDisplayName(displayName.strip());
        invite.setEmail(email.strip());
        invite.setRoles(Set.of(Role.TRAINER));
        invitations.invite(invite);
      }
      return records.create(new Trainer(displayName, email, username, external));
    }
    Trainer trainer = records.change(Trainer.class, id, version, Records.anyone());
    trainer.describe(displayName, email, username, external, active);
    records.changed(trainer);
    return trainer;
  }

  private boolean accountExists(String username) {
    return !em.createNamedQuery(
            de.dortmund.miadoki.platform.security.PortalUser.BY_USERNAME,
            de.dortmund.miadoki.platform.security.PortalUser.class)
        .setParameter("username", username.strip())
        .getResultList()
        .isEmpty();
  }
}
