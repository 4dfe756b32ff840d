package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.TaskContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What the awards have waiting on the home page: checks and consents, a juror's open reviews. */
@ApplicationScoped
public class AwardTasks implements TaskContribution {

  @Inject CurrentUser currentUser;
  @Inject Nominations nominations;
  @Inject JuryWork jury;

  @Override
  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    if (currentUser.hasRole(Role.AWARD_MANAGER)) {
      tasks.add(
          new Task(
              "tasks.awards.toCheck",
              nominations.countToCheck(),
              "/awards/nominations.xhtml?status=RECEIVED"));
      tasks.add(
          new Task(
              "tasks.awards.consents",
              nominations.countAwaitingConsent(),
              "/awards/nominations.xhtml?status=ELIGIBLE"));
    }
    if (currentUser.hasRole(Role.JUROR)) {
      for (AwardProgramme p : jury.myProgrammes()) {
        if (p.getStatus() == ProgrammeStatus.JURY_REVIEW) {
          long open =
              jury.myNominations(p.getId()).stream()
                  .filter(a -> a.step() == JuryWork.Step.DECLARE || a.step() == JuryWork.Step.SCORE)
                  .count();
          tasks.add(
              new Task("tasks.awards.review", open, "/awards/jury.xhtml?programme=" + p.getId()));
        }
      }
    }
    return tasks;
  }
}
