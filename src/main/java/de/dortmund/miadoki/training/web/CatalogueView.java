package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.PagedModel;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.ViewScoped;

/** The catalogue for staff: open sessions ahead, searchable by text, topic and first day. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;

  private String search;
  private Topic topic;
  private LocalDate from;
  private PagedModel<TrainingSession> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> sessions.catalogue(search, topic, from, page));
  }

  public Topic[] getTopics() {
    return Topic.values();
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

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }
}
