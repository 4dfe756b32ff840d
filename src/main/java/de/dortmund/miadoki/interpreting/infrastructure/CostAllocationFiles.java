package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.export.XlsxWriter;
import java.util.List;
import java.util.Locale;

/**
 * The cost allocation as a file for the city's accounting: CSV the way German spreadsheet programs
 * open it (semicolons, decimal comma, UTF-8 with byte order mark) and XLSX.
 */
public final class CostAllocationFiles {

  static final String[] HEADER = {
    "Fachbereich", "Kostenstelle", "Finanzierung", "Einsätze", "Betrag (EUR)"
  };

  private CostAllocationFiles() {}

  public static byte[] csv(List<CostAllocation.Row> rows) {
    CsvWriter csv = new CsvWriter(Locale.GERMANY, List.of(HEADER));
    for (CostAllocation.Row row : rows) {
      csv.row(
          row.department(), row.costCentre(), row.fundingSource(), row.assignments(), row.amount());
    }
    return csv.toBytes();
  }

  public static byte[] xlsx(List<CostAllocation.Row> rows) {
    XlsxWriter sheet = new XlsxWriter("Kostenverteilung", List.of(HEADER));
    for (CostAllocation.Row row : rows) {
      sheet.row(
          row.department(), row.costCentre(), row.fundingSource(), row.assignments(), row.amount());
    }
    return sheet.toBytes();
  }
}
