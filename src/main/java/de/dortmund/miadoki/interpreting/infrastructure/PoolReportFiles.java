package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.web.PortalBundles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A pool report as CSV, headers in the reader's language; the first column is the grouping. */
public final class PoolReportFiles {

  private PoolReportFiles() {}

  /** {@code groupKey}: the bundle key of what the rows are grouped by (month, language ...). */
  public static byte[] csv(List<PoolFigures> rows, String groupKey, Locale locale) {
    ResourceBundle text = PortalBundles.of("i18n.interpreting", locale);
    CsvWriter csv =
        new CsvWriter(
            locale,
            List.of(
                text.getString(groupKey),
                text.getString("reports.requests"),
                text.getString("reports.filled"),
                text.getString("reports.fillRate"),
                text.getString("reports.hours"),
                text.getString("reports.cost"),
                text.getString("reports.leadHours")));
    for (PoolFigures r : rows) {
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
    return csv.toBytes();
  }
}
