package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.application.RequestFilter;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.TaskContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** What the pool has waiting for the person on the home page. */
@ApplicationScoped
public class PoolTasks implements TaskContribution {

  private static final String REQUESTS = "/interpreting/requests.xhtml?closeOut=";
  private static final String APPOINTMENTS = "/interpreting/appointments.xhtml";

  @Inject CurrentUser currentUser;
  @Inject RequestService requests;
  @Inject Offers offers;
  @Inject CloseOut closeOut;

  @Override
  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    if (currentUser.hasRole(Role.REQUESTER) || currentUser.hasRole(Role.COORDINATOR)) {
      tasks.add(
          new Task(
              "tasks.toConfirm", count(CloseOutState.REPORTED), REQUESTS + CloseOutState.REPORTED));
    }
    if (currentUser.hasRole(Role.COORDINATOR)) {
      tasks.add(
          new Task(
              "tasks.disputed", count(CloseOutState.DISPUTED), REQUESTS + CloseOutState.DISPUTED));
      tasks.add(
          new Task("tasks.unreported", count(CloseOutState.OPEN), REQUESTS + CloseOutState.OPEN));
    }
    if (currentUser.hasRole(Role.INTERPRETER)) {
      tasks.add(new Task("tasks.offers", offers.mine().size(), APPOINTMENTS));
      tasks.add(
          new Task(
              "tasks.toReport",
              closeOut.toReportOfMine().stream()
                  .filter(a -> a.getCloseState() == CloseOutState.OPEN)
                  .count(),
              APPOINTMENTS));
    }
    return tasks;
  }

  private long count(CloseOutState state) {
    return requests.search(RequestFilter.closeOut(state), PageRequest.total()).total();
  }
}
