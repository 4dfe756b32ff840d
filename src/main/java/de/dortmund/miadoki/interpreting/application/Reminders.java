package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reminders by mail: the day before an appointment to the interpreter and the requester; an
 * appointment unreported three days after its end to the interpreter, and after six days to the
 * coordinators. Each reminder goes out once.
 */
@ApplicationScoped
public class Reminders {

  static final int FIRST_NOTICE_DAYS = 3;
  static final int SECOND_NOTICE_DAYS = 6;

  @PersistenceContext EntityManager em;
  @Inject PoolMail mail;
  @Inject PortalLinks links;

  /** Reminds of the appointments of the next 24 hours not reminded yet; returns how many. */
  @Transactional
  public int remindUpcoming(Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, ClockProducer.ZONE);
    List<Assignment> due =
        em.createQuery(
                "select a from Assignment a where a.active = true and a.reminded = false"
                    + " and a.startsAt > :now and a.startsAt <= :until",
                Assignment.class)
            .setParameter("now", local)
            .setParameter("until", local.plusHours(24))
            .getResultList();
    for (Assignment a : due) {
      mail.toInterpreter(
          a.getInterpreter(),
          a.getRequest(),
          "mail.reminder",
          locale ->
              new Object[] {
                a.getInterpreter().getDisplayName(),
                a.getRequest().getAddress() == null ? "–" : a.getRequest().getAddress()
              });
      mail.toRequester(
          a.getRequest(),
          "mail.reminderRequester",
          locale -> new Object[] {a.getInterpreter().getDisplayName(), link(a)});
      a.markReminded();
    }
    return due.size();
  }

  /** Asks for missing reports: first the interpreter, later the coordinators; returns how many. */
  @Transactional
  public int chaseReports(Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, ClockProducer.ZONE);
    int sent = 0;
    for (Assignment a : unreported(local.minusDays(FIRST_NOTICE_DAYS), 0)) {
      mail.toInterpreter(
          a.getInterpreter(),
          a.getRequest(),
          "mail.reportOverdue",
          locale ->
              new Object[] {
                a.getInterpreter().getDisplayName(), links.to("/interpreting/appointments.xhtml")
              });
      a.countOverdueNotice();
      sent++;
    }
    for (Assignment a : unreported(local.minusDays(SECOND_NOTICE_DAYS), 1)) {
      mail.toRole(
          Role.COORDINATOR,
          a.getRequest(),
          "mail.reportOverdueCoordination",
          locale -> new Object[] {a.getInterpreter().getDisplayName(), link(a)});
      a.countOverdueNotice();
      sent++;
    }
    return sent;
  }

  private List<Assignment> unreported(LocalDateTime endedBefore, int notices) {
    return em.createQuery(
            "select a from Assignment a where a.active = true and a.closeState = :open"
                + " and a.outcome is null and a.endsAt <= :ended and a.overdueNotices = :notices",
            Assignment.class)
        .setParameter("open", CloseOutState.OPEN)
        .setParameter("ended", endedBefore)
        .setParameter("notices", notices)
        .getResultList();
  }

  private String link(Assignment a) {
    return links.to("/interpreting/request.xhtml?id=" + a.getRequest().getId());
  }
}
