package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.Registrations;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * One session as staff see it: what, when, where, how many places are free, and the caller's own
 * registration; staff register here, supervisors also book places for their team.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;
  @Inject Registrations registrations;
  @Inject RegistrationLists lists;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private Long id;
  private TrainingSession session;
  private RegistrationLists.Mine mine;
  private List<PortalUser> team = List.of();
  private String reason;
  private String teamMember;
  private String teamReason;

  public void load() {
    session = sessions.load(id);
    if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)) {
      mine =
          lists.mine().stream()
              .filter(m -> m.registration().getSession().getId().equals(id))
              .findFirst()
              .orElse(null);
    }
    if (currentUser.hasRole(Role.SUPERVISOR)) {
      team = lists.myTeam();
    }
  }

  public String register() {
    registrations.register(id, reason);
    return done("registration.done");
  }

  public String bookForTeam() {
    registrations.bookFor(id, teamMember, teamReason);
    return done("registration.booked");
  }

  private String done(String key) {
    return Messages.redirect("/training/session?id=" + id, key);
  }

  public SessionStatus getStatus() {
    return session.statusAt(LocalDateTime.now(clock));
  }

  /** Staff may register while registration is open and they hold no active registration. */
  public boolean isRegistrable() {
    boolean staff = currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR);
    boolean active = mine != null && mine.registration().getStatus().isActive();
    return staff && !active && session.takesRegistrationsAt(LocalDateTime.now(clock));
  }

  public boolean isTeamBookable() {
    return !team.isEmpty() && session.takesRegistrationsAt(LocalDateTime.now(clock));
  }

  public boolean isManager() {
    return currentUser.hasRole(Role.TRAINING_MANAGER);
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

  public RegistrationLists.Mine getMine() {
    return mine;
  }

  public List<PortalUser> getTeam() {
    return team;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getTeamMember() {
    return teamMember;
  }

  public void setTeamMember(String teamMember) {
    this.teamMember = teamMember;
  }

  public String getTeamReason() {
    return teamReason;
  }

  public void setTeamReason(String teamReason) {
    this.teamReason = teamReason;
  }
}
