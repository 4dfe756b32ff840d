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
import java.time.LocalDateTime;
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
  private List<Language> languages;
  private String feedLink;
  private boolean hasFeed;
  private Locale locale;

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
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
    locale = localeSelector.getLocale();
    languages = masterData.languages();
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

  public String getFeedLink() {
    return feedLink;
  }

  public boolean isHasFeed() {
    return hasFeed;
  }
}
