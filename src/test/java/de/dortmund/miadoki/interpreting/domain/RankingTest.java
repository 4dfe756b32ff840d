package de.dortmund.miadoki.interpreting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

  private final MatchingPolicy policy = MatchingPolicy.standard();

  private static Candidate candidate(long id, long minutes, int earlier, District home) {
    CandidateFixture f = new CandidateFixture();
    f.id = id;
    f.minutesLast30Days = minutes;
    f.earlierWithClient = earlier;
    f.home = home;
    return f.candidate();
  }

  private static List<Long> ids(List<RankedCandidate> ranked) {
    return ranked.stream().map(r -> r.candidate().id()).toList();
  }

  @Test
  void fewerRecentHoursRankHigher() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(
                candidate(1, 20 * 60, 0, District.INNENSTADT_NORD),
                candidate(2, 2 * 60, 0, District.INNENSTADT_NORD),
                candidate(3, 10 * 60, 0, District.INNENSTADT_NORD)),
            CandidateFixture.need().build(),
            policy);
    assertThat(ids(ranked)).containsExactly(2L, 3L, 1L);
    assertThat(ranked.get(0).reasons()).extracting(ScoreReason::key).contains("score.fairness");
  }

  private static Candidate offered(long id, long minutes, int received, int declined) {
    CandidateFixture f = new CandidateFixture();
    f.id = id;
    f.minutesLast30Days = minutes;
    f.offersReceived = received;
    f.offersDeclined = declined;
    return f.candidate();
  }

  @Test
  void someoneWhoDeclinesEveryOfferNoLongerStaysOnTop() {
    Candidate worksALittle = offered(1, 3 * 60, 2, 0);
    Candidate neverWorks = offered(2, 0, 0, 0);
    // no offers yet: the one without hours is first
    assertThat(ids(Ranking.rank(List.of(worksALittle, neverWorks), need(), policy)))
        .containsExactly(2L, 1L);

    // six offers, all declined: 6 x (0.5 + 1.5) h of load, more than three hours of work
    Candidate declinesAll = offered(2, 0, 6, 6);
    List<RankedCandidate> ranked = Ranking.rank(List.of(worksALittle, declinesAll), need(), policy);
    assertThat(ids(ranked)).containsExactly(1L, 2L);
    assertThat(ranked.get(1).reasons())
        .filteredOn(r -> r.key().equals("score.fairness"))
        .singleElement()
        .satisfies(r -> assertThat(r.details()).containsExactly(0.0, 6, 6));
  }

  @Test
  void offersReceivedAndAcceptedWeighLessThanOffersDeclined() {
    // both received four offers; the first accepted them (and worked 4 h), the second declined
    Candidate accepted = offered(1, 4 * 60, 4, 0);
    Candidate declined = offered(2, 0, 4, 4);
    assertThat(Ranking.fairnessLoad(accepted)).isEqualTo(6.0);
    assertThat(Ranking.fairnessLoad(declined)).isEqualTo(8.0);
    assertThat(ids(Ranking.rank(List.of(declined, accepted), need(), policy)))
        .containsExactly(1L, 2L);
  }

  @Test
  void offersThatWereWithdrawnCountOnlyAsReceived() {
    // someone else accepted first: asked, but no chance declined
    Candidate asked = offered(1, 0, 3, 0);
    Candidate notAsked = offered(2, 0, 0, 0);
    assertThat(ids(Ranking.rank(List.of(asked, notAsked), need(), policy))).containsExactly(2L, 1L);
    assertThat(Ranking.fairnessLoad(asked)).isEqualTo(1.5);
  }

  private static Need need() {
    return CandidateFixture.need().build();
  }

  @Test
  void continuityWithTheClientCanOutweighFairness() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(
                candidate(1, 0, 0, District.INNENSTADT_NORD),
                candidate(2, 8 * 60, 3, District.INNENSTADT_NORD)),
            CandidateFixture.need().build(),
            policy);
    assertThat(ids(ranked)).containsExactly(2L, 1L);
  }

  @Test
  void thePreferredInterpreterGetsItsBonusAndTheReasonSaysSo() {
    CandidateFixture.NeedBuilder need = CandidateFixture.need();
    need.preferred = Set.of(1L);
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(
                candidate(1, 15 * 60, 0, District.INNENSTADT_NORD),
                candidate(2, 0, 0, District.INNENSTADT_NORD)),
            need.build(),
            policy);
    assertThat(ids(ranked)).containsExactly(1L, 2L);
    assertThat(ranked.get(0).reasons()).extracting(ScoreReason::key).contains("score.preferred");
  }

  @Test
  void nearerInterpretersRankHigherForOnSiteAppointments() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(
                candidate(1, 0, 0, District.LUETGENDORTMUND),
                candidate(2, 0, 0, District.INNENSTADT_WEST)),
            CandidateFixture.need().build(),
            policy);
    assertThat(ids(ranked)).containsExactly(2L, 1L);
  }

  @Test
  void tiesAreBrokenByIdSoTheOrderIsStable() {
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(
                candidate(9, 60, 0, District.INNENSTADT_NORD),
                candidate(4, 60, 0, District.INNENSTADT_NORD)),
            CandidateFixture.need().build(),
            policy);
    assertThat(ids(ranked)).containsExactly(4L, 9L);
    assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
  }

  @Test
  void ineligibleCandidatesAreLeftOut() {
    CandidateFixture paused = new CandidateFixture();
    paused.id = 5;
    paused.status = InterpreterStatus.PAUSED;
    List<RankedCandidate> ranked =
        Ranking.rank(
            List.of(paused.candidate(), candidate(6, 0, 0, District.INNENSTADT_NORD)),
            CandidateFixture.need().build(),
            policy);
    assertThat(ids(ranked)).containsExactly(6L);
  }

  @Test
  void districtDistancesAreSymmetricAndPlausible() {
    assertThat(District.HOMBRUCH.distanceKm(District.HOMBRUCH)).isZero();
    assertThat(District.MENGEDE.distanceKm(District.APLERBECK))
        .isEqualTo(District.APLERBECK.distanceKm(District.MENGEDE))
        .isBetween(12.0, 20.0);
  }
}
