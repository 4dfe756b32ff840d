package de.dortmund.miadoki.awards.infrastructure;

import de.dortmund.miadoki.platform.privacy.RetentionContribution;
import de.dortmund.miadoki.platform.privacy.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The awards' records with a period, both counted from the jury's decision of the edition:
 *
 * <ul>
 *   <li>{@value #ATTACHMENTS}: the files attached to nominations;
 *   <li>{@value #NOMINATIONS}: nominations that won nothing go with the jury's work on them
 *       (assignments, declarations, scores); the winners stay as the award's public record (name,
 *       organisation, category, place), without contact data, migration history, the nominator and
 *       the jury's scores.
 * </ul>
 */
@ApplicationScoped
public class AwardsRetention implements RetentionContribution {

  static final String NOMINATIONS = "nominations";
  static final String ATTACHMENTS = "attachments";

  /** The nominations of editions decided before ?1. */
  private static final String OF_DECIDED =
      "select n.id from award_nomination n join award_programme p on p.id = n.programme_id"
          + " where p.status in ('DECIDED', 'PUBLISHED') and p.decided_at < ?1";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public int order() {
    return 3;
  }

  @Override
  public List<RetentionRule> rules() {
    return List.of(
        new RetentionRule(ATTACHMENTS, 6, 0, 60), new RetentionRule(NOMINATIONS, 24, 12, 120));
  }

  @Override
  @Transactional
  public int purge(String key, LocalDate cutoff) {
    int count =
        switch (key) {
          case ATTACHMENTS ->
              update(
                  "delete from award_attachment where nomination_id in (" + OF_DECIDED + ")",
                  cutoff);
          case NOMINATIONS -> purgeNominations(cutoff);
          default -> throw new IllegalArgumentException(key);
        };
    em.getEntityManagerFactory().getCache().evictAll();
    return count;
  }

  private int purgeNominations(LocalDate cutoff) {
    String losers = OF_DECIDED + " and n.place_id is null";
    String winners = OF_DECIDED + " and n.place_id is not null and n.anonymised_on is null";
    update("delete from award_attachment where nomination_id in (" + OF_DECIDED + ")", cutoff);
    update(
        "delete from award_score where scorecard_id in (select s.id from award_scorecard s"
            + " where s.nomination_id in ("
            + OF_DECIDED
            + "))",
        cutoff);
    for (String table : List.of("award_scorecard", "award_declaration", "award_assignment")) {
      update("delete from " + table + " where nomination_id in (" + OF_DECIDED + ")", cutoff);
    }
    int anonymised =
        em.createNativeQuery(
                "update award_nomination set nominee_email = null, nominee_address = null,"
                    + " migration_history = null, nominator_name = '-', nominator_email = '-',"
                    + " nominator_organisation = null, submitted_by = null,"
                    + " ineligible_reason = null, anonymised_on = ?2 where id in ("
                    + winners
                    + ")")
            .setParameter(1, cutoff.atStartOfDay())
            .setParameter(2, LocalDate.now(clock))
            .executeUpdate();
    return anonymised + update("delete from award_nomination where id in (" + losers + ")", cutoff);
  }

  private int update(String sql, LocalDate cutoff) {
    return em.createNativeQuery(sql).setParameter(1, cutoff.atStartOfDay()).executeUpdate();
  }
}
