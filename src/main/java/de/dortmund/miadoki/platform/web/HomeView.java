package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.OutboxStatus;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: what the person's roles are for, and for administrators what needs action. */
@Named
@RequestScoped
public class HomeView {

  public record AdminFigures(
      long activeAccounts, long failedLogins, long pendingMails, long failedMails) {}

  @Inject CurrentUser currentUser;
  @Inject UserAdministration users;
  @Inject MailOutbox outbox;
  @Inject Instance<TaskContribution> contributions;

  private List<Role> roles;
  private AdminFigures adminFigures;
  private List<TaskContribution.Task> tasks;

  @PostConstruct
  void load() {
    roles = List.copyOf(currentUser.roles());
    tasks =
        contributions.stream().flatMap(c -> c.tasks().stream()).filter(t -> t.count() > 0).toList();
    if (currentUser.hasRole(Role.ADMIN)) {
      adminFigures =
          new AdminFigures(
              users.countActive(),
              users.countFailedLogins(),
              outbox.count(OutboxStatus.PENDING),
              outbox.count(OutboxStatus.FAILED));
    }
  }

  public List<Role> getRoles() {
    return roles;
  }

  public List<TaskContribution.Task> getTasks() {
    return tasks;
  }

  public AdminFigures getAdminFigures() {
    return adminFigures;
  }
}
