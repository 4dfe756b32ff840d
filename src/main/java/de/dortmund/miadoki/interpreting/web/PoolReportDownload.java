package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.PoolReports;
import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.interpreting.infrastructure.PoolReportFiles;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.PortalBundles;
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
 * The report of {@code ?from=2026-01&to=2026-06&by=LANGUAGE} as CSV (COORDINATOR), in the reader's
 * language.
 */
@WebServlet("/interpreting/report.csv")
public class PoolReportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PoolReports reports;
  @Inject transient LocaleSelector localeSelector;

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
    Locale locale = localeSelector.getLocale();
    List<PoolFigures> rows = reports.export(from, to, by, locale.getLanguage());
    byte[] file = PoolReportFiles.csv(rows, by.messageKey(), locale);
    Downloads.send(
        response,
        "text/csv; charset=UTF-8",
        PortalBundles.of("i18n.interpreting", locale).getString("reports.fileName")
            + "-"
            + by.name().toLowerCase(Locale.ROOT)
            + "-"
            + from
            + "-"
            + to
            + ".csv",
        true,
        file);
  }
}
