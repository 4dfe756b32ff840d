package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.FeedbackAnswer;
import de.dortmund.miadoki.training.domain.FeedbackAnswer.Question;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymous feedback survey of a held session. Who attended answers once; that they answered is
 * stored apart from the answer, and the answer carries only the session and the day. Results are
 * shown only as averages and only from {@value #MINIMUM} answers on, free texts then too and in
 * random order, so that no answer can be traced to its author.
 */
@ApplicationScoped
@RequiresRole({STAFF, SUPERVISOR})
public class Feedback {

  /** Fewer answers than this show nothing. */
  public static final int MINIMUM = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the manager and the trainers see. */
  public record Results(
      long answers, Map<Question, Double> averages, List<String> freeTexts, boolean shown)
      implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Whether the caller may still answer for this registration of theirs. */
  @Transactional
  public boolean open(@NotNull Long registrationId) {
    Registration registration = records.reread(Registration.class, registrationId, this::own);
    return mayAnswer(registration) && !answered(registrationId);
  }

  /** The answer; ratings in the order of {@link Question}. */
  @Transactional
  public void answer(
      @NotNull Long registrationId,
      @NotNull List<Integer> ratings,
      @Size(max = 4000) String freeText) {
    Registration registration = records.reread(Registration.class, registrationId, this::own);
    if (!mayAnswer(registration)) {
      throw new RuleViolationException("feedback.notOpen");
    }
    if (answered(registrationId)) {
      throw new RuleViolationException("feedback.already");
    }
    // the marker first: a second answer of the same registration fails on its primary key
    em.createNativeQuery("insert into training_feedback_given (registration_id) values (?1)")
        .setParameter(1, registrationId)
        .executeUpdate();
    em.persist(
        new FeedbackAnswer(registration.getSession(), LocalDate.now(clock), ratings, freeText));
  }

  /** The results of a session: for its manager and its trainers. */
  @RequiresRole({TRAINING_MANAGER, TRAINER})
  @Transactional
  public Results results(@NotNull Long sessionId) {
    TrainingSession session = records.reread(TrainingSession.class, sessionId, this::runs);
    List<FeedbackAnswer> answers =
        em.createQuery("select f from FeedbackAnswer f where f.session = :s", FeedbackAnswer.class)
            .setParameter("s", session)
            .getResultList();
    if (answers.size() < MINIMUM) {
      return new Results(answers.size(), Map.of(), List.of(), false);
    }
    Map<Question, Double> averages = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      averages.put(q, answers.stream().mapToInt(a -> a.rating(q)).average().orElse(0));
    }
    List<String> texts = new ArrayList<>();
    answers.stream().map(FeedbackAnswer::getFreeText).filter(t -> t != null).forEach(texts::add);
    Collections.shuffle(texts, RANDOM);
    return new Results(answers.size(), averages, texts, true);
  }

  private boolean mayAnswer(Registration registration) {
    TrainingSession session = registration.getSession();
    boolean held = !LocalDateTime.now(clock).isBefore(session.getEndsAt());
    long attended =
        em.createQuery(
                "select count(a) from Attendance a where a.registration = :r and a.present = true",
                Long.class)
            .setParameter("r", registration)
            .getSingleResult();
    return held && registration.getStatus() == RegistrationStatus.CONFIRMED && attended > 0;
  }

  private boolean answered(Long registrationId) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from training_feedback_given where registration_id = ?1")
                    .setParameter(1, registrationId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private boolean own(Registration r) {
    return r.getUsername().equals(currentUser.username());
  }

  private boolean runs(TrainingSession session) {
    return currentUser.hasRole(TRAINING_MANAGER) || session.isGivenBy(currentUser.username());
  }
}
