package de.dortmund.miadoki.training.application;

import static de.dortmund.miadoki.platform.security.Role.STAFF;
import static de.dortmund.miadoki.platform.security.Role.SUPERVISOR;
import static de.dortmund.miadoki.platform.security.Role.TRAINING_MANAGER;

import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.training.domain.Attendance;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import de.dortmund.miadoki.training.domain.SessionStatus;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Certificates of attendance: issued by the training manager once a session is held, to everyone
 * who attended at least one part (partial attendance says so); opened by their holder and the
 * manager; checked by anyone through the code.
 */
@ApplicationScoped
@RequiresRole(TRAINING_MANAGER)
public class Certificates {

  @PersistenceContext EntityManager em;
  @Inject Records records;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Issues the missing certificates of a held session; returns how many were issued. */
  @Transactional
  public int issue(@NotNull Long sessionId) {
    TrainingSession session = records.lock(TrainingSession.class, sessionId);
    if (session.statusAt(LocalDateTime.now(clock)) != SessionStatus.HELD) {
      throw new RuleViolationException("certificate.notHeld");
    }
    int parts = session.getParts().size();
    List<Registration> confirmed =
        em.createQuery(
                "select r from Registration r where r.session = :session and r.status = :confirmed",
                Registration.class)
            .setParameter("session", session)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .getResultList();
    int issued = 0;
    for (Registration r : confirmed) {
      long attended =
          em.createQuery(
                  "select count(a) from Attendance a where a.registration = :r and a.present = true",
                  Long.class)
              .setParameter("r", r)
              .getSingleResult();
      boolean exists =
          !em.createNamedQuery(Certificate.OF_REGISTRATION, Certificate.class)
              .setParameter("registration", r)
              .getResultList()
              .isEmpty();
      if (attended > 0 && !exists) {
        records.create(
            new Certificate(r, Certificate.newCode(), attended < parts, clock.instant()));
        issued++;
      }
    }
    return issued;
  }

  /** A certificate for its holder or the training manager (the PDF download). */
  @RequiresRole({STAFF, SUPERVISOR, TRAINING_MANAGER})
  @Transactional
  public Certificate load(@NotNull Long id) {
    return records.read(Certificate.class, id, this::holderOrManager);
  }

  /** The parts the holder attended (for the PDF of a partial attendance). */
  @RequiresRole({STAFF, SUPERVISOR, TRAINING_MANAGER})
  @Transactional
  public List<Attendance> attended(@NotNull Long certificateId) {
    Certificate certificate =
        records.reread(Certificate.class, certificateId, this::holderOrManager);
    return em.createQuery(
            "select a from Attendance a where a.registration = :r and a.present = true"
                + " order by a.part.startsAt",
            Attendance.class)
        .setParameter("r", certificate.getRegistration())
        .getResultList();
  }

  private boolean holderOrManager(Certificate certificate) {
    return currentUser.hasRole(TRAINING_MANAGER)
        || certificate.getRegistration().getUsername().equals(currentUser.username());
  }
}
