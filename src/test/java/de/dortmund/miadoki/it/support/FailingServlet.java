package de.dortmund.miadoki.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;

/**
 * Fails every request (with {@code ?database-away} as if the database were restarting), so that a
 * test can see what a visitor gets on an unexpected error.
 */
@WebServlet("/it-failure")
public class FailingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String SECRET = "internal-detail-that-must-not-leak";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    if (request.getParameter("database-away") != null) {
      // what the JDBC driver reports when the database is restarting
      throw new IllegalStateException(
          SECRET, new SQLException("the database system is shutting down", "57P03"));
    }
    throw new IllegalStateException(SECRET);
  }
}
