package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.training.application.TrainingFeed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token =
        path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - 4) : "";
    Optional<String> feed = feeds.feed(token);
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"fortbildungen.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
