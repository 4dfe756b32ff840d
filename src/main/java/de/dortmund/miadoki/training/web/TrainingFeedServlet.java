package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.training.application.TrainingFeed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /training-calendar/<token>.ics}: a person's confirmed training sessions for calendar
 * programs, which cannot log in; the unguessable token in the link is the credential.
 */
@WebServlet("/training-calendar/*")
public class TrainingFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingFeed feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.calendarFeed(request, response, feeds::feed, "fortbildungen.ics");
  }
}
