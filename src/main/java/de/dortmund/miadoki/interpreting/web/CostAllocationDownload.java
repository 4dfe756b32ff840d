package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.interpreting.domain.CostShare;
import de.dortmund.miadoki.interpreting.infrastructure.CostAllocationFiles;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The cost allocation of {@code ?from=2026-01&to=2026-03} as CSV or XLSX (COORDINATOR), in the
 * reader's language.
 */
@WebServlet({"/interpreting/costs.csv", "/interpreting/costs.xlsx"})
public class CostAllocationDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CostAllocation costs;
  @Inject transient LocaleSelector localeSelector;

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
    Locale locale = localeSelector.getLocale();
    List<CostShare> rows = costs.export(from, to);
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    byte[] file =
        xlsx ? CostAllocationFiles.xlsx(rows, locale) : CostAllocationFiles.csv(rows, locale);
    Downloads.send(
        response,
        xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=UTF-8",
        CostAllocationFiles.fileName(locale, from, to) + (xlsx ? ".xlsx" : ".csv"),
        true,
        file);
  }
}
