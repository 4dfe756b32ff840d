package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.PagedModel;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.omnifaces.cdi.ViewScoped;

/** The training manager's list of sessions, paged on the server. */
@Named
@ViewScoped
public class SessionList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;
  @Inject Clock clock;

  private String search;
  private SessionStatus status;
  private LocalDate from;
  private boolean belowMinimum;
  private PagedModel<TrainingSession> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> sessions.search(search, status, from, belowMinimum, page));
  }

  public SessionStatus statusOf(TrainingSession session) {
    return session.statusAt(LocalDateTime.now(clock));
  }

  /** The statuses the manager decides (the others follow from places and the clock). */
  public SessionStatus[] getStatuses() {
    return new SessionStatus[] {SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.CANCELLED};
  }

  public PagedModel<TrainingSession> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public void setStatus(SessionStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public boolean isBelowMinimum() {
    return belowMinimum;
  }

  public void setBelowMinimum(boolean belowMinimum) {
    this.belowMinimum = belowMinimum;
  }
}
