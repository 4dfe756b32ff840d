package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The Art. 15 export of one account ({@code ?username=}), for administrators. */
@WebServlet("/admin/personal-data.json")
public class PersonalDataDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonalDataExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = request.getParameter("username");
    if (username == null || username.isBlank() || username.length() > 80) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] file;
    try {
      file = export.export(username);
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Downloads.send(
        response,
        "application/json",
        "auskunft-" + username.replaceAll("[^A-Za-z0-9._-]", "_") + ".json",
        true,
        file);
  }
}
