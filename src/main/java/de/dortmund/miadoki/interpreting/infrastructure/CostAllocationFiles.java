package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.domain.CostShare;
import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.export.XlsxWriter;
import de.dortmund.miadoki.platform.web.PortalBundles;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The cost allocation as a file for the city's accounting, headers and funding names in the
 * reader's language: CSV the way spreadsheet programs open it (semicolons, decimal separator of the
 * language, UTF-8 with byte order mark, formula-like text neutralised) and XLSX.
 */
public final class CostAllocationFiles {

  private CostAllocationFiles() {}

  public static byte[] csv(List<CostShare> rows, Locale locale) {
    CsvWriter csv = new CsvWriter(locale, header(locale));
    rows.forEach(r -> csv.row(cells(r, locale)));
    return csv.toBytes();
  }

  public static byte[] xlsx(List<CostShare> rows, Locale locale) {
    ResourceBundle text = PortalBundles.of("i18n.interpreting", locale);
    XlsxWriter sheet = new XlsxWriter(text.getString("costs.sheetName"), header(locale));
    rows.forEach(r -> sheet.row(cells(r, locale)));
    return sheet.toBytes();
  }

  /** The name of the file for the months, e.g. "kostenverteilung-2026-01-2026-03". */
  public static String fileName(Locale locale, Object from, Object to) {
    return PortalBundles.of("i18n.interpreting", locale).getString("costs.fileName")
        + "-"
        + from
        + "-"
        + to;
  }

  static List<String> header(Locale locale) {
    ResourceBundle text = PortalBundles.of("i18n.interpreting", locale);
    return List.of(
        text.getString("request.department"),
        text.getString("costs.costCentre"),
        text.getString("request.fundingSource"),
        text.getString("costs.assignments"),
        text.getString("costs.amountEuro"));
  }

  private static Object[] cells(CostShare r, Locale locale) {
    return new Object[] {
      r.department(), r.costCentre(), r.fundingSource(locale), r.assignments(), r.amount()
    };
  }
}
