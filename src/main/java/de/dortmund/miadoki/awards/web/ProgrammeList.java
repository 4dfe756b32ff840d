package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The award manager's editions of both awards, the latest first. */
@Named
@ViewScoped
public class ProgrammeList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AwardProgrammes programmes;

  private List<AwardProgramme> all;

  public void load() {
    all = programmes.all();
  }

  public List<AwardProgramme> getAll() {
    return all;
  }
}
