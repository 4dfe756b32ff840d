package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Assignments;
import de.dortmund.miadoki.interpreting.application.CloseOut;
import de.dortmund.miadoki.interpreting.application.OfferAnswer;
import de.dortmund.miadoki.interpreting.application.Offers;
import de.dortmund.miadoki.interpreting.domain.Assignment;
import de.dortmund.miadoki.interpreting.domain.Offer;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/** An interpreter's open offers (accept or decline) and coming assignments (report a drop-out). */
@Named
@ViewScoped
public class MyAppointments implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Offers offers;
  @Inject Assignments assignments;
  @Inject CloseOut closeOut;

  private List<Offer> openOffers;
  private final Map<Long, List<LocalDateTime>> seriesDates = new HashMap<>();
  private List<Assignment> upcoming;
  private final Map<Long, String> reasons = new HashMap<>();
  private List<Assignment> toReport;
  private final Map<Long, ReportInput> reports = new HashMap<>();

  /** What the interpreter enters for one held appointment. */
  public static class ReportInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalTime start;
    private LocalTime end;
    private Integer travelKm;

    public LocalTime getStart() {
      return start;
    }

    public void setStart(LocalTime start) {
      this.start = start;
    }

    public LocalTime getEnd() {
      return end;
    }

    public void setEnd(LocalTime end) {
      this.end = end;
    }

    public Integer getTravelKm() {
      return travelKm;
    }

    public void setTravelKm(Integer travelKm) {
      this.travelKm = travelKm;
    }
  }

  public void load() {
    openOffers = offers.mine();
    seriesDates.clear();
    seriesDates.putAll(offers.coveredDates(openOffers));
    upcoming = assignments.upcomingOfMine();
    toReport = closeOut.toReportOfMine();
    for (Assignment a : toReport) {
      ReportInput input = reports.computeIfAbsent(a.getId(), id -> new ReportInput());
      if (input.getStart() == null) {
        boolean reported = a.getActualStart() != null;
        input.setStart((reported ? a.getActualStart() : a.getStartsAt()).toLocalTime());
        input.setEnd((reported ? a.getActualEnd() : a.getEndsAt()).toLocalTime());
        input.setTravelKm(a.getTravelKm() == null ? 0 : a.getTravelKm());
      }
    }
  }

  /** Reports the actual times and travel of a held appointment. */
  public void report(Assignment assignment) {
    ReportInput input = reports.get(assignment.getId());
    String form = "report:table:" + toReport.indexOf(assignment) + ":";
    if (input == null || input.getStart() == null || input.getEnd() == null) {
      Messages.error(form + "start", "validation.required");
      return;
    }
    if (!input.getEnd().isAfter(input.getStart())) {
      Messages.error(form + "end", "closeOut.endBeforeStart");
      return;
    }
    LocalDate day = assignment.getStartsAt().toLocalDate();
    closeOut.report(
        assignment.getId(),
        assignment.getVersion(),
        new CloseOut.Report(
            day.atTime(input.getStart()),
            day.atTime(input.getEnd()),
            input.getTravelKm() == null ? 0 : input.getTravelKm()));
    Messages.info("closeOut.reported");
    reports.remove(assignment.getId());
    load();
  }

  public List<Assignment> getToReport() {
    return toReport;
  }

  /** "Series: n dates" for an offer of a series. */
  public String seriesLabel(long offerId) {
    return Messages.text("offer.coversSeries", seriesDates.getOrDefault(offerId, List.of()).size());
  }

  /** The dates an offer for a series covers, by offer. */
  public Map<Long, List<LocalDateTime>> getSeriesDates() {
    return seriesDates;
  }

  public Map<Long, ReportInput> getReports() {
    return reports;
  }

  public void accept(long offerId) {
    answered(offers.answer(offerId, true));
  }

  public void decline(long offerId) {
    answered(offers.answer(offerId, false));
  }

  private void answered(OfferAnswer answer) {
    if (answer.isTaken()) {
      Messages.info(answer.messageKey());
    } else {
      Messages.error(null, answer.messageKey());
    }
    load();
  }

  public void dropOut(Assignment assignment) {
    assignments.dropOut(
        assignment.getId(), assignment.getRequest().getVersion(), reasons.get(assignment.getId()));
    Messages.info("assignment.droppedOut.done");
    load();
  }

  public List<Offer> getOpenOffers() {
    return openOffers;
  }

  public List<Assignment> getUpcoming() {
    return upcoming;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
