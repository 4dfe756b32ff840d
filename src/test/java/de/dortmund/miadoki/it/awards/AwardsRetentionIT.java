package de.dortmund.miadoki.it.awards;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.awards.application.JuryResults;
import de.dortmund.miadoki.awards.application.JuryResults.PlaceChoice;
import de.dortmund.miadoki.awards.application.JuryResults.Winner;
import de.dortmund.miadoki.awards.application.JuryWork;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.infrastructure.AwardsRetention;
import de.dortmund.miadoki.it.support.AwardFixtures;
import de.dortmund.miadoki.it.support.AwardFixtures.Edition;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The awards' retention: after an edition's decision the attachments go first, then nominations
 * that won nothing; the winners stay as the public record without contact data, migration history
 * and nominator. The edition's decision is moved to 2004, before any other test's.
 */
@ExtendWith(ArquillianExtension.class)
class AwardsRetentionIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject AwardFixtures fixtures;
  @Inject PoolFixtures pool;
  @Inject Nominations nominations;
  @Inject JuryWork jury;
  @Inject JuryResults results;
  @Inject AwardsRetention retention;

  @Test
  void losersGoWinnersStayWithoutWhatIsNotPublic() {
    Edition e = fixtures.open(AwardType.INTEGRATION, "Mykola Shevchenko");
    Nomination winner = fixtures.nominate(e, e.individuals(), "Zilan Doğan", null);
    Nomination other = fixtures.nominate(e, e.individuals(), "Lê Thị Thu", null);
    fixtures.closeNominations(e);
    fixtures.shortlist(e, winner.getId(), true);
    fixtures.shortlist(e, other.getId(), true);
    fixtures.toJury(e);
    List<Long> first = fixtures.places(e.individuals());
    List<Long> initiatives = fixtures.places(e.initiatives());
    caller.actAs(e.jurors().get(0), Role.JUROR);
    jury.release(e.id(), fixtures.programmeVersion(e));
    results.decide(
        e.id(),
        fixtures.programmeVersion(e),
        List.of(
            new PlaceChoice(first.get(0), new BigDecimal("5000"), false, List.of(winner.getId())),
            new PlaceChoice(first.get(1), new BigDecimal("3000"), true, List.of()),
            new PlaceChoice(initiatives.get(0), new BigDecimal("2000"), true, List.of())));
    long attachmentId = 990_000_000L + System.nanoTime() % 1_000_000L;
    pool.read(
        em -> {
          em.createNativeQuery(
                  "insert into award_attachment (id, version, nomination_id, file_name,"
                      + " content_type, size_bytes, sha256, content)"
                      + " values (?1, 1, ?2, 'Lebenslauf.pdf', 'application/pdf', 3, ?3, ?4)")
              .setParameter(1, attachmentId)
              .setParameter(2, winner.getId())
              .setParameter(3, "0".repeat(64))
              .setParameter(4, new byte[] {1, 2, 3})
              .executeUpdate();
          return em.createNativeQuery("update award_programme set decided_at = ?1 where id = ?2")
              .setParameter(1, LocalDateTime.of(2004, 3, 1, 12, 0))
              .setParameter(2, e.id())
              .executeUpdate();
        });

    // half a year after the decision (the default periods: 6 and 24 months) the files go, the
    // nominations stay
    LocalDate halfAYearOn = LocalDate.of(2004, 9, 2);
    assertThat(retention.purge("attachments", halfAYearOn.minusMonths(6))).isEqualTo(1);
    assertThat(retention.purge("nominations", halfAYearOn.minusMonths(24))).isZero();
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    assertThat(nominations.attachments(winner.getId())).isEmpty();
    assertThat(nominations.load(other.getId()).getNomineeName()).isEqualTo("Lê Thị Thu");

    // two years after it, the nomination without a prize goes, the winner is anonymised
    LocalDate twoYearsOn = LocalDate.of(2006, 3, 2);
    assertThat(retention.purge("nominations", twoYearsOn.minusMonths(24))).isEqualTo(2);
    Nomination gone = pool.read(em -> em.find(Nomination.class, other.getId()));
    assertThat(gone).isNull();
    caller.actAs(e.manager(), Role.AWARD_MANAGER);
    Nomination kept = nominations.load(winner.getId());
    assertThat(kept.getNomineeName()).isEqualTo("Zilan Doğan");
    assertThat(kept.getAnonymisedOn()).isNotNull();
    assertThat(kept.getNominatorEmail()).doesNotContain("@");
    assertThat(kept.getMigrationHistory()).isNull();
    assertThat(results.winners(e.id())).extracting(Winner::nomineeName).contains("Zilan Doğan");
    assertThat(retention.purge("nominations", twoYearsOn.minusMonths(24))).isZero();
  }
}
