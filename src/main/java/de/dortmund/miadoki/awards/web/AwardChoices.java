package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.domain.MigrationHistory;
import de.dortmund.miadoki.awards.domain.NomineeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The fixed choices of the awards' forms. */
@Named
@ApplicationScoped
public class AwardChoices {

  public NomineeKind[] getKinds() {
    return NomineeKind.values();
  }

  public MigrationHistory[] getMigrationAnswers() {
    return MigrationHistory.values();
  }

  /** Scores a juror gives per criterion. */
  public int[] getScores() {
    return new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  }
}
