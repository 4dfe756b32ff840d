package de.dortmund.miadoki.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Fails every request, so that a test can see what a visitor gets on an unexpected error. */
@WebServlet("/it-failure")
public class FailingServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String SECRET = "internal-detail-that-must-not-leak";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    throw new IllegalStateException(SECRET);
  }
}
