package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.interpreting.infrastructure.CostAllocationFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The cost allocation of {@code ?from=2026-01&to=2026-03} as CSV or XLSX (COORDINATOR). */
@WebServlet({"/interpreting/costs.csv", "/interpreting/costs.xlsx"})
public class CostAllocationDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CostAllocation costs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    YearMonth from;
    YearMonth to;
    try {
      from = YearMonth.parse(request.getParameter("from"));
      to = YearMonth.parse(request.getParameter("to"));
    } catch (DateTimeParseException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    List<CostAllocation.Row> rows = costs.export(from, to);
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    byte[] file = xlsx ? CostAllocationFiles.xlsx(rows) : CostAllocationFiles.csv(rows);
    response.setContentType(
        xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"kostenverteilung-"
            + from
            + "-"
            + to
            + (xlsx ? ".xlsx\"" : ".csv\""));
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }
}
