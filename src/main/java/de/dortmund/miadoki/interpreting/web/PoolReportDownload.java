package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolReports;
import de.dortmund.miadoki.platform.export.CsvWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The report of {@code ?from=2026-01&to=2026-06&by=LANGUAGE&lang=de} as CSV (COORDINATOR). */
@WebServlet("/interpreting/report.csv")
public class PoolReportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PoolReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    YearMonth from;
    YearMonth to;
    PoolReports.Dimension by;
    try {
      from = YearMonth.parse(request.getParameter("from"));
      to = YearMonth.parse(request.getParameter("to"));
      by = PoolReports.Dimension.valueOf(request.getParameter("by"));
    } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String lang = "en".equals(request.getParameter("lang")) ? "en" : "de";
    List<PoolReports.Row> rows = reports.export(from, to, by, lang);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"dolmetscherpool-"
            + by.name().toLowerCase()
            + "-"
            + from
            + "-"
            + to
            + ".csv\"");
    CsvWriter csv =
        new CsvWriter(
            Locale.GERMANY,
            List.of(
                "Gruppe",
                "Anfragen",
                "Besetzt",
                "Quote %",
                "Stunden",
                "Kosten EUR",
                "Vorlauf Std."));
    for (PoolReports.Row r : rows) {
      csv.row(
          r.group(),
          r.requests(),
          r.filled(),
          r.fillRate(),
          r.hours(),
          r.cost(),
          r.leadHours() == null
              ? null
              : BigDecimal.valueOf(r.leadHours()).setScale(1, RoundingMode.HALF_UP));
    }
    response.getOutputStream().write(csv.toBytes());
  }
}
