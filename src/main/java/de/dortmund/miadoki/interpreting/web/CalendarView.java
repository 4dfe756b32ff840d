package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InterpreterDirectory;
import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.application.PoolCalendar;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar: the pool's assignments for coordinators (by language or interpreter), the own
 * assignments, offers and absences for interpreters, with the link of the calendar feed.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PoolCalendar calendar;
  @Inject MasterData masterData;
  @Inject InterpreterDirectory directory;
  @Inject CurrentUser currentUser;
  @Inject PortalLinks links;
  @Inject LocaleSelector localeSelector;

  private boolean coordinator;
  private Long languageId;
  private Interpreter interpreter;
  // master data: shared by every session, read again after the session was written out (to the
  // other server) rather than carried in it
  private transient List<Language> languages;
  private String feedLink;
  private boolean hasFeed;
  private Locale locale;
  private String day;
  private LocalDate initialDate;

  /**
   * Above this many assignments in the shown period the whole pool's calendar sums them up per day
   * and language (a week at ten years holds about 800); with a language or an interpreter chosen it
   * always shows them one by one. System property {@code miadoki.calendar.detail.limit}.
   */
  static final int DETAIL_LIMIT = Integer.getInteger("miadoki.calendar.detail.limit", 150);

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          if (coordinator
              && languageId == null
              && interpreter == null
              && calendar.poolCount(start, end) > DETAIL_LIMIT) {
            loadSummaries(start, end);
            return;
          }
          List<PoolCalendar.Entry> entries =
              coordinator
                  ? calendar.pool(
                      start,
                      end,
                      languageId,
                      interpreter == null ? null : interpreter.getId(),
                      locale)
                  : calendar.mine(start, end, locale);
          for (PoolCalendar.Entry e : entries) {
            addEvent(
                DefaultScheduleEvent.builder()
                    .id(e.kind() + "-" + e.id())
                    .title(title(e))
                    .startDate(e.start())
                    .endDate(e.end())
                    .styleClass("calendar-" + e.kind().name().toLowerCase(Locale.ROOT))
                    .url(
                        coordinator && e.requestId() != null
                            ? FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath()
                                + "/interpreting/request.xhtml?id="
                                + e.requestId()
                            : null)
                    .editable(false)
                    .build());
          }
        }

        /**
         * The whole pool's busy period: one entry per day and language with the number of
         * assignments; a click shows that day in that language, one by one.
         */
        private void loadSummaries(LocalDateTime start, LocalDateTime end) {
          String page =
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/interpreting/calendar.xhtml";
          for (PoolCalendar.DaySummary s : calendar.poolByDay(start, end, locale)) {
            addEvent(
                DefaultScheduleEvent.builder()
                    .id("day-" + s.day() + "-" + s.languageId())
                    .title(Messages.text("calendar.summary", s.language(), s.assignments()))
                    .startDate(s.first())
                    .endDate(s.last())
                    .styleClass("calendar-summary")
                    .url(page + "?language=" + s.languageId() + "&day=" + s.day())
                    .editable(false)
                    .build());
          }
        }

        /**
         * Hands the loaded events to the calendar once and forgets them: a busy week has hundreds,
         * and the view (kept in the session) would otherwise hold them until it expires.
         */
        @Override
        public List<ScheduleEvent<?>> getEvents() {
          List<ScheduleEvent<?>> loaded = List.copyOf(super.getEvents());
          super.clear();
          return loaded;
        }
      };

  public void load() {
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    if (day != null) {
      try {
        initialDate = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        initialDate = null; // a mangled link: the current week, as without it
      }
    }
    locale = localeSelector.getLocale();
    if (!coordinator) {
      hasFeed = calendar.hasFeed();
    }
  }

  private String title(PoolCalendar.Entry e) {
    return switch (e.kind()) {
      case ASSIGNMENT -> coordinator ? e.language() + " · " + e.interpreter() : e.language();
      case OFFER -> Messages.text("calendar.offer", e.language());
      case ABSENCE -> Messages.text("calendar.absence");
    };
  }

  /** A new feed link; the old one stops working. */
  public void renewFeed() {
    feedLink = links.to("/calendar/" + calendar.renewFeed() + ".ics");
    hasFeed = true;
    Messages.info("calendar.feed.renewed");
  }

  public List<Interpreter> completeInterpreter(String query) {
    return directory.search(query, null, PageRequest.of(0, 15)).rows();
  }

  public ScheduleModel getModel() {
    return model;
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public List<Language> getLanguages() {
    if (languages == null) {
      languages = masterData.languages();
    }
    return languages;
  }

  public Long getLanguageId() {
    return languageId;
  }

  public void setLanguageId(Long languageId) {
    this.languageId = languageId;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public void setInterpreter(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  /** The day a summary's link opens ({@code ?day=2026-12-03}), shown as that day alone. */
  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public LocalDate getInitialDate() {
    return initialDate;
  }

  public String getInitialView() {
    return initialDate == null ? "timeGridWeek" : "timeGridDay";
  }

  public String getFeedLink() {
    return feedLink;
  }

  public boolean isHasFeed() {
    return hasFeed;
  }
}
