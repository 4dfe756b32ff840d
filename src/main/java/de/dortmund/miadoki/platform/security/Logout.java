package de.dortmund.miadoki.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * "Abmelden": ends the session and leads to the login page. A plain form post from the header, so
 * that it works on every page, the error pages included (their Faces forms would post to the error
 * page itself, which is not reachable). Only POST: a link elsewhere cannot sign anyone out.
 */
@WebServlet(Logout.PATH)
public class Logout extends HttpServlet {

  public static final String PATH = "/logout";
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + FormLogin.LOGIN_PAGE);
  }
}
