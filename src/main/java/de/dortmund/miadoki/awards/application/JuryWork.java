package de.dortmund.miadoki.awards.application;

import static de.dortmund.miadoki.platform.security.Role.JUROR;

import de.dortmund.miadoki.awards.application.Nominations.AttachmentInfo;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.CriterionScore;
import de.dortmund.miadoki.awards.domain.Declaration;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NomineeKind;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.awards.domain.Scorecard;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A juror's work: the nominations before them, the declaration of a conflict of interest before
 * seeing more than the names, the scores per criterion, other jurors' scores once their own are
 * submitted and the chair released them; the chair's view of everyone's progress and recusals. What
 * a juror sees of a nomination never includes the nominee's contact data or the owner's migration
 * history.
 */
@ApplicationScoped
@RequiresRole(JUROR)
public class JuryWork {

  /** Where a juror stands with a nomination. */
  public enum Step {
    DECLARE,
    SCORE,
    SUBMITTED,
    RECUSED;

    public String messageKey() {
      return "juryStep." + name();
    }
  }

  /** A nomination in the juror's list: only what the declaration may show. */
  public record Assigned(
      long nominationId,
      String receiptNumber,
      String category,
      String nomineeName,
      String nomineeOrganisation,
      String nominatorName,
      Step step)
      implements Serializable {}

  /** A nomination as a juror who declared no conflict sees it. */
  public record NominationForJury(
      long id,
      long programmeId,
      String programmeTitle,
      String receiptNumber,
      String category,
      NomineeKind nomineeKind,
      String nomineeName,
      String nomineeOrganisation,
      String nominatorName,
      String nominatorOrganisation,
      String justification,
      String cityConnection,
      List<AttachmentInfo> attachments,
      List<CriterionLine> criteria,
      boolean scoringOpen)
      implements Serializable {}

  /** A criterion the juror scores, with its weight. */
  public record CriterionLine(long id, String name, int weight) implements Serializable {}

  /** Another juror's submitted scores. */
  public record OtherCard(String jurorName, Double total, List<CriterionScore> scores)
      implements Serializable {}

  /** A juror's progress, for the chair. */
  public record Progress(
      String displayName, boolean chair, int assigned, int declared, int recused, int submitted)
      implements Serializable {}

  /** A recusal, for the chair. */
  public record Recusal(String jurorName, String receiptNumber, String nomineeName, String reason)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Nominations nominations;
  @Inject Clock clock;

  /** The editions in whose jury the caller sits and whose review has begun, the latest first. */
  @Transactional
  public List<AwardProgramme> myProgrammes() {
    return em.createQuery(
            "select p from AwardProgramme p join p.jurors j"
                + " where j.username = :me and p.status in :review order by p.year desc",
            AwardProgramme.class)
        .setParameter("me", currentUser.username())
        .setParameter(
            "review",
            List.of(
                ProgrammeStatus.JURY_REVIEW, ProgrammeStatus.DECIDED, ProgrammeStatus.PUBLISHED))
        .getResultList();
  }

  /** The nominations the caller reviews in an edition, with the step each is at. */
  @Transactional
  public List<Assigned> myNominations(long programmeId) {
    AwardProgramme programme = programme(programmeId);
    Juror me = me(programme);
    Map<Long, Declaration> declared = declarations(me);
    Map<Long, Scorecard> cards = scorecards(me);
    return beforeTheJury(programme).stream()
        .filter(n -> n.reviewedBy(me))
        .map(n -> assigned(n, stepOf(declared.get(n.getId()), cards.get(n.getId()))))
        .toList();
  }

  /** What the declaration shows: the names, nothing more. */
  @Transactional
  public Assigned forDeclaration(long nominationId) {
    Nomination n = visible(nominationId);
    Juror me = me(n.getProgramme());
    return assigned(n, stepOf(declaration(n, me).orElse(null), scorecard(n, me).orElse(null)));
  }

  /** The caller's declaration: no conflict, or a conflict with its reason (recused). Once. */
  @Transactional
  public void declare(long nominationId, boolean conflict, String reason) {
    Nomination n = visible(nominationId);
    Juror me = me(n.getProgramme());
    if (n.getProgramme().getStatus() != ProgrammeStatus.JURY_REVIEW) {
      throw new RuleViolationException("award.review.closed");
    }
    if (declaration(n, me).isPresent()) {
      throw new RuleViolationException("award.declare.already");
    }
    if (conflict && (reason == null || reason.isBlank())) {
      throw new RuleViolationException(RuleViolation.of("reason", "award.declare.reason"));
    }
    records.create(new Declaration(n, me, conflict, reason, now()));
  }

  /**
   * The nomination in full, for a juror who declared no conflict; anyone else (not declared,
   * recused, not in its jury) is refused, and the refusal audited.
   */
  @Transactional
  public NominationForJury open(long nominationId) {
    Nomination n = visible(nominationId);
    Juror me = me(n.getProgramme());
    Optional<Declaration> declared = declaration(n, me);
    if (declared.isEmpty() || declared.get().isConflict()) {
      audit.recordDenied(Nomination.class.getSimpleName(), nominationId);
      throw new AccessDeniedException(
          currentUser.username() + " has not declared to be free of conflict for " + nominationId);
    }
    audit.record(AuditAction.READ, n);
    return new NominationForJury(
        n.getId(),
        n.getProgramme().getId(),
        n.getProgramme().getTitle(),
        n.getReceiptNumber(),
        n.getCategory().getName(),
        n.getNomineeKind(),
        n.getNomineeName(),
        n.getNomineeOrganisation(),
        n.getNominatorName(),
        n.getNominatorOrganisation(),
        n.getJustification(),
        n.getCityConnection(),
        nominations.attachments(n.getId()),
        n.getProgramme().getCriteria().stream()
            .map(c -> new CriterionLine(c.getId(), c.getName(), c.getWeight()))
            .toList(),
        n.getProgramme().getStatus() == ProgrammeStatus.JURY_REVIEW);
  }

  /** Whether the caller may download the nomination's files (declared no conflict). */
  @Transactional
  public boolean mayOpen(long nominationId) {
    try {
      Nomination n = visible(nominationId);
      return declaration(n, me(n.getProgramme())).map(d -> !d.isConflict()).orElse(false);
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  /** The caller's scorecard for the nomination, if begun. */
  @Transactional
  public Optional<Scorecard> myScorecard(long nominationId) {
    Nomination n = visible(nominationId);
    return scorecard(n, me(n.getProgramme()));
  }

  /**
   * Saves the caller's scores ({@code submit}: final; every criterion scored). {@code seenVersion}
   * is the card's version the screen showed (null for a card not begun).
   */
  @Transactional
  public void score(
      long nominationId,
      Long seenVersion,
      Map<Long, Integer> scores,
      Map<Long, String> comments,
      boolean submit) {
    open(nominationId);
    Nomination n = em.find(Nomination.class, nominationId);
    if (n.getProgramme().getStatus() != ProgrammeStatus.JURY_REVIEW) {
      throw new RuleViolationException("award.review.closed");
    }
    Juror me = me(n.getProgramme());
    Optional<Scorecard> existing = scorecard(n, me);
    if (existing.isPresent() != (seenVersion != null)
        || existing.isPresent() && existing.get().getVersion() != seenVersion) {
      throw new ConcurrentChangeException(Scorecard.class, nominationId);
    }
    Scorecard card = existing.orElseGet(() -> new Scorecard(n, me));
    card.record(n.getProgramme().getCriteria(), scores, comments, submit, now());
    if (existing.isEmpty()) {
      records.create(card);
    } else {
      records.changed(card);
    }
  }

  /**
   * The other jurors' submitted scores: only once the caller's own card is submitted and the chair
   * released the scores; empty otherwise.
   */
  @Transactional
  public List<OtherCard> othersCards(long nominationId) {
    Nomination n = visible(nominationId);
    Juror me = me(n.getProgramme());
    boolean mineSubmitted = scorecard(n, me).map(Scorecard::isSubmitted).orElse(false);
    if (!mineSubmitted || !n.getProgramme().isScoresReleased()) {
      return List.of();
    }
    return em.createQuery(
            "select s from Scorecard s where s.nomination = :n and s.juror <> :me"
                + " and s.submittedAt is not null",
            Scorecard.class)
        .setParameter("n", n)
        .setParameter("me", me)
        .getResultStream()
        .map(
            s ->
                new OtherCard(
                    s.getJuror().getDisplayName(),
                    s.weightedTotal(n.getProgramme().getCriteria()).orElse(null),
                    s.getScores()))
        .sorted(Comparator.comparing(OtherCard::jurorName))
        .toList();
  }

  /** Whether the caller chairs this edition's jury. */
  @Transactional
  public boolean chairs(long programmeId) {
    return programme(programmeId).juror(currentUser.username()).map(Juror::isChair).orElse(false);
  }

  /** Everyone's progress, for the chair. */
  @Transactional
  public List<Progress> progress(long programmeId) {
    AwardProgramme programme = chaired(programmeId);
    List<Nomination> before = beforeTheJury(programme);
    return programme.getJurors().stream()
        .map(
            j -> {
              Map<Long, Declaration> declared = declarations(j);
              Map<Long, Scorecard> cards = scorecards(j);
              List<Nomination> mine = before.stream().filter(n -> n.reviewedBy(j)).toList();
              return new Progress(
                  j.getDisplayName(),
                  j.isChair(),
                  mine.size(),
                  (int) mine.stream().filter(n -> declared.containsKey(n.getId())).count(),
                  (int)
                      mine.stream()
                          .filter(
                              n ->
                                  declared.containsKey(n.getId())
                                      && declared.get(n.getId()).isConflict())
                          .count(),
                  (int)
                      mine.stream()
                          .filter(
                              n ->
                                  cards.containsKey(n.getId())
                                      && cards.get(n.getId()).isSubmitted())
                          .count());
            })
        .toList();
  }

  /** Who is recused from what, and why, for the chair. */
  @Transactional
  public List<Recusal> recusals(long programmeId) {
    AwardProgramme programme = chaired(programmeId);
    return em.createQuery(
            "select d from Declaration d where d.nomination.programme = :p and d.conflict = true"
                + " order by d.declaredAt",
            Declaration.class)
        .setParameter("p", programme)
        .getResultStream()
        .map(
            d ->
                new Recusal(
                    d.getJuror().getDisplayName(),
                    d.getNomination().getReceiptNumber(),
                    d.getNomination().getNomineeName(),
                    d.getReason()))
        .toList();
  }

  /** The chair lets the jurors see each other's submitted scores. */
  @Transactional
  public void release(long programmeId, long version) {
    chaired(programmeId);
    AwardProgramme programme =
        records.change(AwardProgramme.class, programmeId, version, Records.anyone());
    programme.releaseScores();
    records.changed(programme);
  }

  /** The edition, if the caller chairs its jury; refused and audited otherwise. */
  @Transactional
  public AwardProgramme chaired(long programmeId) {
    AwardProgramme programme = programme(programmeId);
    if (!me(programme).isChair()) {
      audit.recordDenied(AwardProgramme.class.getSimpleName(), programmeId);
      throw new AccessDeniedException(currentUser.username() + " does not chair " + programmeId);
    }
    return programme;
  }

  private AwardProgramme programme(long programmeId) {
    return records.find(AwardProgramme.class, programmeId);
  }

  private Juror me(AwardProgramme programme) {
    return programme
        .juror(currentUser.username())
        .orElseThrow(
            () -> {
              audit.recordDenied(AwardProgramme.class.getSimpleName(), programme.getId());
              return new AccessDeniedException(
                  currentUser.username() + " is not in the jury of " + programme.getId());
            });
  }

  /** The nomination, if it is before the jury and the caller reviews it; refused otherwise. */
  private Nomination visible(long nominationId) {
    return records.reread(
        Nomination.class,
        nominationId,
        n ->
            n.beforeTheJury()
                && n.getProgramme().getStatus().compareTo(ProgrammeStatus.JURY_REVIEW) >= 0
                && n.getProgramme().juror(currentUser.username()).map(n::reviewedBy).orElse(false));
  }

  private List<Nomination> beforeTheJury(AwardProgramme programme) {
    return em.createQuery(
            "select n from Nomination n join n.category c where n.programme = :p"
                + " and n.status in :statuses and n.consentWithdrawnAt is null"
                + " order by c.position, n.nomineeName",
            Nomination.class)
        .setParameter("p", programme)
        .setParameter(
            "statuses",
            List.of(
                de.dortmund.miadoki.awards.domain.NominationStatus.SHORTLISTED,
                de.dortmund.miadoki.awards.domain.NominationStatus.WINNER,
                de.dortmund.miadoki.awards.domain.NominationStatus.NOT_AWARDED))
        .getResultList();
  }

  private Map<Long, Declaration> declarations(Juror juror) {
    return em.createQuery("select d from Declaration d where d.juror = :j", Declaration.class)
        .setParameter("j", juror)
        .getResultStream()
        .collect(Collectors.toMap(d -> d.getNomination().getId(), Function.identity()));
  }

  private Map<Long, Scorecard> scorecards(Juror juror) {
    return em.createQuery("select s from Scorecard s where s.juror = :j", Scorecard.class)
        .setParameter("j", juror)
        .getResultStream()
        .collect(Collectors.toMap(s -> s.getNomination().getId(), Function.identity()));
  }

  private Optional<Declaration> declaration(Nomination n, Juror juror) {
    return em.createQuery(
            "select d from Declaration d where d.nomination = :n and d.juror = :j",
            Declaration.class)
        .setParameter("n", n)
        .setParameter("j", juror)
        .getResultStream()
        .findFirst();
  }

  private Optional<Scorecard> scorecard(Nomination n, Juror juror) {
    return em.createQuery(
            "select s from Scorecard s where s.nomination = :n and s.juror = :j", Scorecard.class)
        .setParameter("n", n)
        .setParameter("j", juror)
        .getResultStream()
        .findFirst();
  }

  private static Step stepOf(Declaration declaration, Scorecard card) {
    if (declaration == null) {
      return Step.DECLARE;
    }
    if (declaration.isConflict()) {
      return Step.RECUSED;
    }
    return card != null && card.isSubmitted() ? Step.SUBMITTED : Step.SCORE;
  }

  private static Assigned assigned(Nomination n, Step step) {
    return new Assigned(
        n.getId(),
        n.getReceiptNumber(),
        n.getCategory().getName(),
        n.getNomineeName(),
        n.getNomineeOrganisation(),
        n.getNominatorName(),
        step);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
