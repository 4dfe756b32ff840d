package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolReports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
      csv.printRecord(
          "Gruppe", "Anfragen", "Besetzt", "Quote %", "Stunden", "Kosten EUR", "Vorlauf Std.");
      for (PoolReports.Row r : rows) {
        csv.printRecord(
            r.group(),
            r.requests(),
            r.filled(),
            r.fillRate(),
            r.hours().toPlainString().replace('.', ','),
            r.cost().toPlainString().replace('.', ','),
            r.leadHours() == null
                ? ""
                : String.format(java.util.Locale.GERMANY, "%.1f", r.leadHours()));
      }
    }
  }
}
