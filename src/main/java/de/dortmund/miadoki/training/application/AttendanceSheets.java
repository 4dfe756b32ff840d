package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.TRAINER;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.Attendance;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attendance per part, ticked by the session's trainers or the training manager from the day of the
 * first part on. Only confirmed participants are on the sheet.
 */
@ApplicationScoped
@RequiresRole({TRAINER, TRAINING_MANAGER})
public class AttendanceSheets {

  /** One participant's line: the registration and the ids of the parts ticked present. */
  public record Line(Registration registration, Set<Long> presentAt) implements Serializable {}

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Transactional
  public List<Line> sheet(@NotNull Long sessionId) {
    TrainingSession session = records.read(TrainingSession.class, sessionId, this::runs);
    List<Registration> confirmed =
        em.createQuery(
                "select r from Registration r where r.session = :session and r.status = :confirmed"
                    + " order by r.personName",
                Registration.class)
            .setParameter("session", session)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .getResultList();
    List<Attendance> ticks =
        em.createQuery(
                "select a from Attendance a where a.registration.session = :session"
                    + " and a.present = true",
                Attendance.class)
            .setParameter("session", session)
            .getResultList();
    return confirmed.stream()
        .map(
            r ->
                new Line(
                    r,
                    ticks.stream()
                        .filter(a -> a.getRegistration().equals(r))
                        .map(a -> a.getPart().getId())
                        .collect(Collectors.toSet())))
        .toList();
  }

  /** Ticks (or unticks) one participant for one part. */
  @Transactional
  public void mark(@NotNull Long registrationId, @NotNull Long partId, boolean present) {
    Registration registration =
        records.reread(Registration.class, registrationId, r -> runs(r.getSession()));
    SessionPart part = records.find(SessionPart.class, partId);
    if (!part.getSession().equals(registration.getSession())
        || registration.getStatus() != RegistrationStatus.CONFIRMED) {
      throw new RuleViolationException("attendance.notParticipant");
    }
    if (LocalDateTime.now(clock).toLocalDate().isBefore(part.getStartsAt().toLocalDate())) {
      throw new RuleViolationException("attendance.tooEarly");
    }
    Attendance attendance =
        em.createQuery(
                "select a from Attendance a where a.registration = :r and a.part = :p",
                Attendance.class)
            .setParameter("r", registration)
            .setParameter("p", part)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (attendance == null) {
      records.create(new Attendance(registration, part, present));
    } else if (attendance.isPresent() != present) {
      attendance.mark(present);
      records.changed(attendance);
    }
  }

  private boolean runs(TrainingSession session) {
    return currentUser.hasRole(TRAINING_MANAGER) || session.isGivenBy(currentUser.username());
  }
}
