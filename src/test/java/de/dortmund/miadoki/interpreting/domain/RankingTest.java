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
