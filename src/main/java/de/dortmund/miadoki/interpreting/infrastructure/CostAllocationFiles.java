package de.dortmund.miadoki.interpreting.infrastructure;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
      writer.write('\uFEFF');
      printer.printRecord((Object[]) HEADER);
      for (CostAllocation.Row row : rows) {
        printer.printRecord(
            row.department(),
            row.costCentre(),
            row.fundingSource(),
            row.assignments(),
            row.amount().toPlainString().replace('.', ','));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(List<CostAllocation.Row> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Kostenverteilung");
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      int r = 1;
      for (CostAllocation.Row row : rows) {
        Row line = sheet.createRow(r++);
        line.createCell(0).setCellValue(row.department());
        line.createCell(1).setCellValue(row.costCentre());
        line.createCell(2).setCellValue(row.fundingSource());
        line.createCell(3).setCellValue(row.assignments());
        Cell amount = line.createCell(4);
        amount.setCellValue(row.amount().doubleValue());
        amount.setCellStyle(money);
      }
      for (int i = 0; i < HEADER.length; i++) {
        sheet.setColumnWidth(i, 24 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
