package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Formats;
import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.AttendanceSheets;
import de.dortmund.miadoki.training.application.Feedback;
import de.dortmund.miadoki.training.application.TrainingSessions;
import de.dortmund.miadoki.training.domain.SessionPart;
import de.dortmund.miadoki.training.domain.TrainingSession;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * Attendance on a phone: the trainer's sessions, and for the chosen one a card per participant with
 * a switch per part. Each switch is saved at once.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;
  @Inject Feedback feedback;
  @Inject AttendanceSheets sheets;
  @Inject java.time.Clock clock;

  private Long id;
  private Feedback.Results results;
  private List<TrainingSession> mine;
  private TrainingSession session;
  private List<AttendanceSheets.Line> lines;

  public void load() {
    mine = sessions.givenByMe();
    if (id != null) {
      session = sessions.load(id);
      lines = sheets.sheet(id);
      if (!java.time.LocalDateTime.now(clock).isBefore(session.getEndsAt())) {
        results = feedback.results(id);
      }
    }
  }

  public void mark(AttendanceSheets.Line line, SessionPart part) {
    boolean present = !line.presentAt().contains(part.getId());
    sheets.mark(line.registration().getId(), part.getId(), present);
    lines = sheets.sheet(id);
    Messages.info(
        present ? "attendance.marked" : "attendance.unmarked", line.registration().getPersonName());
  }

  /** A part as the switch names it: its day and hours. */
  public String partLabel(SessionPart part) {
    return Formats.dateTime().format(part.getStartsAt())
        + "–"
        + part.getEndsAt().toLocalTime().toString();
  }

  public boolean isPresent(AttendanceSheets.Line line, SessionPart part) {
    return line.presentAt().contains(part.getId());
  }

  /** The session's feedback once it is held; null before. */
  public Feedback.Results getResults() {
    return results;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<TrainingSession> getMine() {
    return mine;
  }

  public TrainingSession getSession() {
    return session;
  }

  public List<AttendanceSheets.Line> getLines() {
    return lines;
  }
}
