package de.dortmund.miadoki.interpreting.application;

import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.time.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Reminders by mail: the day before an appointment to the interpreter and the requester; an
 * appointment unreported three days after its end to the interpreter, and after six days to the
 * coordinators; a request still unstaffed two working days ahead to the coordinators. Each reminder
 * goes out once.
 */
@ApplicationScoped
public class Reminders {

  static final int FIRST_NOTICE_DAYS = 3;
  static final int SECOND_NOTICE_DAYS = 6;
  static final int UNSTAFFED_WORKING_DAYS = 2;

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
                a.getInterpreter().getDisplayName(), links.to(PoolNotifications.APPOINTMENTS_PATH)
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
                a.getInterpreter().getDisplayName(), links.to(PoolNotifications.APPOINTMENTS_PATH)
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

  /**
   * Tells the coordinators of each request that is still unstaffed although it starts within the
   * next {@value #UNSTAFFED_WORKING_DAYS} working days; once per request. Returns how many.
   */
  @Transactional
  public int warnUnstaffed(Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, ClockProducer.ZONE);
    List<InterpreterRequest> due =
        em.createQuery(
                "select r from InterpreterRequest r where r.status in :open"
                    + " and r.unstaffedNoticeAt is null and r.startsAt > :now"
                    + " and r.startsAt <= :until",
                InterpreterRequest.class)
            .setParameter("open", EnumSet.of(RequestStatus.NEW, RequestStatus.OFFERED))
            .setParameter("now", local)
            .setParameter("until", WorkingDays.plus(local, UNSTAFFED_WORKING_DAYS))
            .getResultList();
    for (InterpreterRequest r : due) {
      mail.toRole(
          Role.COORDINATOR,
          r,
          "mail.unstaffedSoon",
          locale ->
              new Object[] {
                r.getDepartment().getName(), links.to(PoolNotifications.REQUEST_PATH + r.getId())
              });
      r.markUnstaffedNoticeSent(now);
    }
    return due.size();
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
