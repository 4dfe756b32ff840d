package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The award manager's list of nominations, filtered and paged on the server. */
@Named
@ViewScoped
public class NominationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Nominations nominations;
  @Inject AwardProgrammes programmes;

  private Long programme;
  private NominationStatus status;
  private String search;
  private List<AwardProgramme> allProgrammes;
  private PagedModel<Nomination> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> nominations.search(programme, status, search, page));
  }

  public void load() {
    allProgrammes = programmes.all();
  }

  public NominationStatus[] getStatuses() {
    return NominationStatus.values();
  }

  public List<AwardProgramme> getAllProgrammes() {
    return allProgrammes;
  }

  public PagedModel<Nomination> getModel() {
    return model;
  }

  public Long getProgramme() {
    return programme;
  }

  public void setProgramme(Long programme) {
    this.programme = programme;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public void setStatus(NominationStatus status) {
    this.status = status;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
