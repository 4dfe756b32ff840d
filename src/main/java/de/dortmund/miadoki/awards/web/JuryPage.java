package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.JuryWork.Assigned;
import de.dortmund.miadoki.awards.application.JuryWork.Progress;
import de.dortmund.miadoki.awards.application.JuryWork.Recusal;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * A juror's page of one edition: the nominations they review with the step each is at; for the
 * chair also everyone's progress, the recusals with their reasons and the release of the scores.
 */
@Named
@ViewScoped
public class JuryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JuryWork jury;

  private Long programmeId;
  private List<AwardProgramme> programmes = List.of();
  private AwardProgramme programme;
  private List<Assigned> nominations = List.of();
  private boolean chair;
  private List<Progress> progress = List.of();
  private List<Recusal> recusals = List.of();

  public void load() {
    programmes = jury.myProgrammes();
    programme =
        programmes.stream()
            .filter(p -> programmeId == null || p.getId().equals(programmeId))
            .findFirst()
            .orElse(null);
    if (programme == null) {
      return;
    }
    programmeId = programme.getId();
    nominations = jury.myNominations(programmeId);
    chair = jury.chairs(programmeId);
    if (chair) {
      progress = jury.progress(programmeId);
      recusals = jury.recusals(programmeId);
    }
  }

  public String release() {
    jury.release(programmeId, programme.getVersion());
    return Messages.redirect("/awards/jury?programme=" + programmeId, "jury.released");
  }

  public boolean isReleasable() {
    return chair
        && programme.getStatus() == ProgrammeStatus.JURY_REVIEW
        && !programme.isScoresReleased();
  }

  /** The page a nomination's card leads to: the declaration first, then the review. */
  public String linkOf(Assigned a) {
    return switch (a.step()) {
      case DECLARE -> "/awards/declare.xhtml?id=" + a.nominationId();
      case SCORE, SUBMITTED -> "/awards/review.xhtml?id=" + a.nominationId();
      case RECUSED -> null;
    };
  }

  public long getDone() {
    return nominations.stream()
        .filter(a -> a.step() == JuryWork.Step.SUBMITTED || a.step() == JuryWork.Step.RECUSED)
        .count();
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public List<AwardProgramme> getProgrammes() {
    return programmes;
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public List<Assigned> getNominations() {
    return nominations;
  }

  public boolean isChair() {
    return chair;
  }

  public List<Progress> getProgress() {
    return progress;
  }

  public List<Recusal> getRecusals() {
    return recusals;
  }
}
