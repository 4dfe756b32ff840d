package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.infrastructure.StatementPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The PDF of one statement ({@code ?id=}), for its interpreter or a coordinator; the service
 * refuses (and audits) anyone else.
 */
@WebServlet("/interpreting/statement.pdf")
public class StatementDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Statements statements;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PayStatement statement = statements.load(id);
    byte[] pdf = StatementPdf.render(statement);
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"abrechnung-" + statement.getMonth() + "-" + id + ".pdf\"");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
