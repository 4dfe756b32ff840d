package de.dortmund.miadoki.awards.application;

import static de.dortmund.miadoki.platform.security.Role.AWARD_MANAGER;
import static de.dortmund.miadoki.platform.security.Role.JUROR;

import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardPlace;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Declaration;
import de.dortmund.miadoki.awards.domain.JuryRanking;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.awards.domain.PrizeSplit;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.awards.domain.Scorecard;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What comes of the jury's scores: the ranking per category (plain or normalised per juror), the
 * chair's decision with the prize split, the publication of the winners.
 */
@ApplicationScoped
@RequiresRole({JUROR, AWARD_MANAGER})
public class JuryResults {

  /** A nomination's place in its category's ranking. */
  public record Row(
      long nominationId,
      String receiptNumber,
      String category,
      long categoryId,
      String nomineeName,
      String nomineeOrganisation,
      Double score,
      int rank,
      boolean tied,
      int jurors,
      Integer placeWon)
      implements Serializable {}

  /** The chair's decision for one prize place. */
  public record PlaceChoice(long placeId, BigDecimal amount, boolean notAwarded, List<Long> winners)
      implements Serializable {}

  /** A winner as published: no contact data, nothing of the eligibility check. */
  public record Winner(
      String category,
      int rank,
      String nomineeName,
      String nomineeOrganisation,
      BigDecimal amount,
      boolean tied)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject JuryWork jury;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * The ranking of the nominations before the jury, per category, from the submitted scorecards of
   * jurors not recused. The award manager sees it at any time; a juror only as the chair, once the
   * scores are released.
   */
  @Transactional
  public List<Row> ranking(long programmeId) {
    AwardProgramme programme = allowedToSeeResults(programmeId);
    List<Nomination> before =
        em.createQuery(
                "select n from Nomination n join n.category c where n.programme = :p"
                    + " and n.status in :statuses and n.consentWithdrawnAt is null"
                    + " order by c.position, n.nomineeName",
                Nomination.class)
            .setParameter("p", programme)
            .setParameter(
                "statuses",
                List.of(
                    NominationStatus.SHORTLISTED,
                    NominationStatus.WINNER,
                    NominationStatus.NOT_AWARDED))
            .getResultList();
    Set<Long> counted = before.stream().map(Nomination::getId).collect(Collectors.toSet());
    List<JuryRanking.Card> cards = new ArrayList<>();
    for (Scorecard s :
        em.createQuery(
                "select s from Scorecard s where s.nomination.programme = :p"
                    + " and s.submittedAt is not null",
                Scorecard.class)
            .setParameter("p", programme)
            .getResultList()) {
      if (counted.contains(s.getNomination().getId())) {
        s.weightedTotal(programme.getCriteria())
            .ifPresent(
                t ->
                    cards.add(
                        new JuryRanking.Card(
                            s.getJuror().getUsername(), s.getNomination().getId(), t)));
      }
    }
    Set<JuryRanking.Recusal> recused =
        em.createQuery(
                "select d from Declaration d where d.nomination.programme = :p and d.conflict = true",
                Declaration.class)
            .setParameter("p", programme)
            .getResultStream()
            .map(
                d -> new JuryRanking.Recusal(d.getJuror().getUsername(), d.getNomination().getId()))
            .collect(Collectors.toSet());
    Map<Long, JuryRanking.Ranked> scores =
        JuryRanking.rank(cards, recused, programme.isNormalised()).stream()
            .collect(Collectors.toMap(JuryRanking.Ranked::nomination, Function.identity()));
    List<Row> rows = new ArrayList<>();
    for (AwardCategory category : programme.getCategories()) {
      List<Nomination> inCategory =
          before.stream().filter(n -> n.getCategory().equals(category)).toList();
      List<JuryRanking.Ranked> ranked =
          JuryRanking.rerank(
              inCategory.stream().map(n -> scores.get(n.getId())).filter(r -> r != null).toList());
      Map<Long, Nomination> byId =
          inCategory.stream().collect(Collectors.toMap(Nomination::getId, Function.identity()));
      for (JuryRanking.Ranked r : ranked) {
        rows.add(row(byId.get(r.nomination()), r));
      }
      inCategory.stream()
          .filter(n -> !scores.containsKey(n.getId()))
          .forEach(n -> rows.add(row(n, null)));
    }
    return rows;
  }

  /**
   * The chair's decision: winners per place (ties share a place), places left not awarded, the
   * split of the prize money, which must add up to the edition's prize money. Every nomination
   * before the jury becomes a winner or not awarded; the edition is decided.
   */
  @Transactional
  public void decide(long programmeId, long version, List<PlaceChoice> choices) {
    jury.chaired(programmeId);
    AwardProgramme programme =
        records.change(AwardProgramme.class, programmeId, version, Records.anyone());
    if (programme.getStatus() != ProgrammeStatus.JURY_REVIEW) {
      throw new RuleViolationException("award.decision.notInReview");
    }
    Map<Long, AwardPlace> places = new HashMap<>();
    programme.getCategories().forEach(c -> c.getPlaces().forEach(p -> places.put(p.getId(), p)));
    Map<Long, Nomination> before = new HashMap<>();
    for (Row row : ranking(programmeId)) {
      before.put(row.nominationId(), em.find(Nomination.class, row.nominationId()));
    }
    List<RuleViolation> violations = new ArrayList<>();
    List<PrizeSplit.Place> split = new ArrayList<>();
    Set<Long> chosen = new HashSet<>();
    for (PlaceChoice choice : choices) {
      AwardPlace place = places.get(choice.placeId());
      if (place == null) {
        throw new IllegalArgumentException("place of another programme: " + choice.placeId());
      }
      chosen.add(place.getId());
      for (Long winner : choice.winners()) {
        Nomination n = before.get(winner);
        if (n == null || !n.getCategory().equals(place.getCategory())) {
          violations.add(
              RuleViolation.general(
                  "award.decision.wrongCategory", place.getCategory().getName(), place.getRank()));
        }
      }
      split.add(
          new PrizeSplit.Place(
              place.getId(),
              place.getCategory().getName(),
              place.getRank(),
              choice.amount() == null ? BigDecimal.ZERO : choice.amount(),
              choice.notAwarded(),
              choice.winners()));
    }
    if (!chosen.equals(places.keySet())) {
      throw new IllegalArgumentException("a decision names every place once");
    }
    violations.addAll(PrizeSplit.check(programme.getPrizeMoney(), split));
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Map<Long, AwardPlace> won = new HashMap<>();
    for (PlaceChoice choice : choices) {
      AwardPlace place = places.get(choice.placeId());
      place.decide(choice.amount(), choice.notAwarded());
      choice.winners().forEach(w -> won.put(w, place));
    }
    for (Nomination n : before.values()) {
      n.decided(won.get(n.getId()));
      records.changed(n);
    }
    programme.decided(LocalDateTime.now(clock));
    records.changed(programme);
  }

  /** The manager publishes the decided edition's winners. */
  @RequiresRole(AWARD_MANAGER)
  @Transactional
  public void publish(long programmeId, long version) {
    AwardProgramme programme =
        records.change(AwardProgramme.class, programmeId, version, Records.anyone());
    programme.published(LocalDateTime.now(clock));
    records.changed(programme);
  }

  /**
   * The winners for the press and the website: only those who agreed to publication (and did not
   * withdraw), with their share of the place's money. The export is audited.
   */
  @RequiresRole(AWARD_MANAGER)
  @Transactional
  public List<Winner> winners(long programmeId) {
    AwardProgramme programme = records.find(AwardProgramme.class, programmeId);
    if (programme.getStatus().compareTo(ProgrammeStatus.DECIDED) < 0) {
      throw new RuleViolationException("award.publish.notDecided");
    }
    List<Nomination> winners =
        em.createQuery(
                "select n from Nomination n join n.place pl join pl.category c"
                    + " where n.programme = :p and n.status = :winner"
                    + " order by c.position, pl.rank, n.nomineeName",
                Nomination.class)
            .setParameter("p", programme)
            .setParameter("winner", NominationStatus.WINNER)
            .getResultList();
    Map<Long, List<Nomination>> byPlace =
        winners.stream().collect(Collectors.groupingBy(n -> n.getPlace().getId()));
    List<Winner> published = new ArrayList<>();
    for (Nomination n : winners) {
      if (!n.hasPublicationConsent()) {
        continue;
      }
      AwardPlace place = n.getPlace();
      List<Long> tied = byPlace.get(place.getId()).stream().map(Nomination::getId).toList();
      BigDecimal share =
          PrizeSplit.shares(
                  new PrizeSplit.Place(
                      place.getId(),
                      place.getCategory().getName(),
                      place.getRank(),
                      place.getAmount(),
                      false,
                      tied))
              .get(n.getId());
      published.add(
          new Winner(
              place.getCategory().getName(),
              place.getRank(),
              n.getNomineeName(),
              n.getNomineeOrganisation(),
              share,
              tied.size() > 1));
      audit.record(AuditAction.EXPORT, n);
    }
    return published;
  }

  private AwardProgramme allowedToSeeResults(long programmeId) {
    if (currentUser.hasRole(AWARD_MANAGER)) {
      return records.find(AwardProgramme.class, programmeId);
    }
    AwardProgramme programme = jury.chaired(programmeId);
    if (!programme.isScoresReleased()) {
      throw new RuleViolationException("award.ranking.notReleased");
    }
    return programme;
  }

  private static Row row(Nomination n, JuryRanking.Ranked r) {
    return new Row(
        n.getId(),
        n.getReceiptNumber(),
        n.getCategory().getName(),
        n.getCategory().getId(),
        n.getNomineeName(),
        n.getNomineeOrganisation(),
        r == null ? null : r.score(),
        r == null ? 0 : r.rank(),
        r != null && r.tied(),
        r == null ? 0 : r.jurors(),
        n.getPlace() == null ? null : n.getPlace().getRank());
  }
}
