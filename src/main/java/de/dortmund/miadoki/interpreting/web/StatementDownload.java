package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.Statements;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.infrastructure.StatementPdf;
import de.dortmund.miadoki.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

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
    Optional<Long> id = Downloads.number(request, "id");
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PayStatement statement = statements.load(id.get());
    Downloads.send(
        response,
        "application/pdf",
        "abrechnung-" + statement.getMonth() + "-" + id.get() + ".pdf",
        true,
        StatementPdf.render(statement));
  }
}
