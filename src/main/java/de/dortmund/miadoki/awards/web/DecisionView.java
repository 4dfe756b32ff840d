package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.JuryResults;
import de.dortmund.miadoki.awards.application.JuryResults.PlaceChoice;
import de.dortmund.miadoki.awards.application.JuryResults.Row;
import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardPlace;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The ranking of an edition per category and its decision: the chair chooses the winners of every
 * place (or leaves a place not awarded) and the split of the prize money; the award manager
 * publishes the decided edition and downloads the winners for the press.
 */
@Named
@ViewScoped
public class DecisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JuryResults results;
  @Inject JuryWork jury;
  @Inject AwardProgrammes programmes;
  @Inject CurrentUser currentUser;

  /** What the chair chooses for one place, bound to the form. */
  public static class PlaceForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long placeId;
    private final long categoryId;
    private final String category;
    private final int rank;
    private BigDecimal amount;
    private boolean notAwarded;
    private List<Long> winners = new ArrayList<>();

    PlaceForm(AwardPlace place) {
      this.placeId = place.getId();
      this.categoryId = place.getCategory().getId();
      this.category = place.getCategory().getName();
      this.rank = place.getRank();
      this.amount = place.getAmount();
    }

    public long getPlaceId() {
      return placeId;
    }

    public long getCategoryId() {
      return categoryId;
    }

    public String getCategory() {
      return category;
    }

    public int getRank() {
      return rank;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public boolean isNotAwarded() {
      return notAwarded;
    }

    public void setNotAwarded(boolean notAwarded) {
      this.notAwarded = notAwarded;
    }

    public List<Long> getWinners() {
      return winners;
    }

    public void setWinners(List<Long> winners) {
      this.winners = winners;
    }
  }

  private Long programmeId;
  private AwardProgramme programme;
  private boolean manager;
  private boolean chair;
  private List<Row> ranking = List.of();
  private List<PlaceForm> places = new ArrayList<>();
  private String notReleased;

  public void load() {
    manager = currentUser.hasRole(Role.AWARD_MANAGER);
    programme = manager ? programmes.load(programmeId) : jury.chaired(programmeId);
    chair = !manager;
    if (!manager && !programme.isScoresReleased()) {
      notReleased = Messages.text("award.ranking.notReleased");
      return;
    }
    ranking = results.ranking(programmeId);
    for (AwardCategory c : programme.getCategories()) {
      for (AwardPlace p : c.getPlaces()) {
        places.add(new PlaceForm(p));
      }
    }
  }

  public String decide() {
    List<PlaceChoice> choices =
        places.stream()
            .map(
                p ->
                    new PlaceChoice(
                        p.getPlaceId(),
                        p.getAmount(),
                        p.isNotAwarded(),
                        p.isNotAwarded() ? List.of() : List.copyOf(p.getWinners())))
            .toList();
    results.decide(programmeId, programme.getVersion(), choices);
    return Messages.redirect("/awards/decision?programme=" + programmeId, "decision.recorded");
  }

  public String publish() {
    results.publish(programmeId, programme.getVersion());
    return Messages.redirect("/awards/decision?programme=" + programmeId, "decision.published");
  }

  /** The ranked nominations of one category, for the winners' choice. */
  public List<Row> rowsOf(long categoryId) {
    return ranking.stream().filter(r -> r.categoryId() == categoryId).toList();
  }

  public boolean isDecidable() {
    return chair
        && programme.getStatus() == ProgrammeStatus.JURY_REVIEW
        && programme.isScoresReleased();
  }

  public boolean isPublishable() {
    return manager && programme.getStatus() == ProgrammeStatus.DECIDED;
  }

  public boolean isDecided() {
    return programme.getStatus().compareTo(ProgrammeStatus.DECIDED) >= 0;
  }

  public NominationStatus getWinnerStatus() {
    return NominationStatus.WINNER;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public boolean isManager() {
    return manager;
  }

  public boolean isChair() {
    return chair;
  }

  public List<Row> getRanking() {
    return ranking;
  }

  public List<PlaceForm> getPlaces() {
    return places;
  }

  public String getNotReleased() {
    return notReleased;
  }
}
