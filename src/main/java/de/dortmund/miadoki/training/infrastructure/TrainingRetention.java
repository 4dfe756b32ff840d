package de.dortmund.miadoki.training.infrastructure;

import de.dortmund.miadoki.platform.privacy.RetentionContribution;
import de.dortmund.miadoki.platform.privacy.RetentionRule;
import de.dortmund.miadoki.training.application.TrainingArchive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The trainings' records with a period:
 *
 * <ul>
 *   <li>{@value #REGISTRATIONS}: registrations with their reasons, decisions and attendance, whole
 *       years at a time (the statistics count people per year), counted from the end of the year of
 *       the session; the year's statistics are kept first ({@link TrainingArchive}); a registration
 *       with a certificate stays for the certificate, without its reasons;
 *   <li>{@value #FEEDBACK}: the free texts of the anonymous feedback, counted from the answer; the
 *       ratings stay (they name nobody).
 * </ul>
 */
@ApplicationScoped
public class TrainingRetention implements RetentionContribution {

  static final String REGISTRATIONS = "registrations";
  static final String FEEDBACK = "feedback";

  @PersistenceContext EntityManager em;
  @Inject TrainingArchive archive;
  @Inject TrainingRetention self;

  @Override
  public int order() {
    return 2;
  }

  @Override
  public List<RetentionRule> rules() {
    return List.of(
        new RetentionRule(REGISTRATIONS, 36, 12, 120), new RetentionRule(FEEDBACK, 12, 1, 120));
  }

  @Override
  public int purge(String key, LocalDate cutoff) {
    return switch (key) {
      case REGISTRATIONS -> purgeRegistrations(cutoff);
      case FEEDBACK -> self.forgetFeedbackTexts(cutoff);
      default -> throw new IllegalArgumentException(key);
    };
  }

  /**
   * Every year that ended before {@code cutoff}, oldest first, each in a transaction of its own.
   */
  private int purgeRegistrations(LocalDate cutoff) {
    Integer year = archive.firstOpenYear();
    int count = 0;
    while (year != null && LocalDate.of(year, 12, 31).isBefore(cutoff)) {
      count += archive.sealAndDelete(year);
      year++;
    }
    return count;
  }

  @Transactional
  public int forgetFeedbackTexts(LocalDate cutoff) {
    int count =
        em.createNativeQuery(
                "update training_feedback set free_text = null"
                    + " where answered_on < ?1 and free_text is not null")
            .setParameter(1, cutoff)
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
    return count;
  }
}
