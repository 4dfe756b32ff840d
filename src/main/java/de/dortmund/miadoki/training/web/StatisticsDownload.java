package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.PortalBundles;
import de.dortmund.miadoki.training.application.TrainingStatistics;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The statistics of {@code ?year=} per department as CSV, headers in the reader's language. */
@WebServlet("/training/statistics.csv")
public class StatisticsDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingStatistics statistics;
  @Inject transient LocaleSelector localeSelector;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long year = Downloads.number(request, "year").orElse(0L);
    if (year < 2000 || year > 2100) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = localeSelector.getLocale();
    ResourceBundle text = PortalBundles.of("i18n.training", locale);
    CsvWriter csv =
        new CsvWriter(
            locale,
            List.of(
                text.getString("statistics.department"),
                text.getString("statistics.trained"),
                text.getString("statistics.partial"),
                text.getString("statistics.headcount"),
                text.getString("statistics.share")));
    for (TrainingStatistics.DepartmentYear d : statistics.byDepartment((int) year)) {
      csv.row(d.department(), d.trained(), d.partial(), d.headcount(), d.share());
    }
    Downloads.send(
        response,
        "text/csv; charset=UTF-8",
        text.getString("statistics.fileName") + "-" + year + ".csv",
        true,
        csv.toBytes());
  }
}
