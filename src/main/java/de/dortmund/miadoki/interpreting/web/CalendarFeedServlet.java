package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolCalendar;
import de.dortmund.miadoki.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /calendar/<token>.ics}: an interpreter's assignments for calendar programs, which cannot
 * log in; the unguessable token in the link is the credential.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PoolCalendar calendar;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.calendarFeed(request, response, calendar::feed, "einsaetze.ics");
  }
}
