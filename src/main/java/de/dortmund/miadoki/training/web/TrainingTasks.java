package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.TaskContribution;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What the trainings have waiting for the person on the home page. */
@ApplicationScoped
public class TrainingTasks implements TaskContribution {

  @Inject CurrentUser currentUser;
  @Inject RegistrationLists lists;
  @Inject TrainingSessions sessions;

  @Override
  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    if (currentUser.hasRole(Role.SUPERVISOR)) {
      tasks.add(
          new Task(
              "tasks.training.approvals",
              lists.countAwaitingMyDecision(),
              "/training/approvals.xhtml"));
    }
    if (currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.SUPERVISOR)) {
      long offers =
          lists.mine().stream()
              .filter(m -> m.registration().getStatus() == RegistrationStatus.OFFERED)
              .count();
      tasks.add(new Task("tasks.training.offers", offers, "/training/registrations.xhtml"));
    }
    if (currentUser.hasRole(Role.TRAINING_MANAGER)) {
      tasks.add(
          new Task(
              "tasks.training.belowMinimum",
              sessions.countBelowMinimum(),
              "/training/sessions.xhtml?belowMinimum=true"));
    }
    return tasks;
  }
}
