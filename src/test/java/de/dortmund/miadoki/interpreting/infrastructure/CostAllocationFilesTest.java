package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.interpreting.application.CostAllocation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CostAllocationFilesTest {

  private static final List<CostAllocation.Row> ROWS =
      List.of(
          new CostAllocation.Row(
              "Jugendamt", "KST-51000", "Eigenes Budget", 3, new BigDecimal("1234.50")),
          new CostAllocation.Row(
              "Sozialamt; Süd", "KST-50000", "KOMM-AN", 1, new BigDecimal("45.00")));

  @Test
  void theCsvOpensInAGermanSpreadsheetProgram() {
    String csv = new String(CostAllocationFiles.csv(ROWS), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFFachbereich;Kostenstelle;Finanzierung;Einsätze;Betrag (EUR)\r\n");
    assertThat(csv).contains("Jugendamt;KST-51000;Eigenes Budget;3;1234,50\r\n");
    // a semicolon inside a name is quoted, not a new column
    assertThat(csv).contains("\"Sozialamt; Süd\";KST-50000;KOMM-AN;1;45,00");
  }

  @Test
  void theXlsxHoldsTheSameRowsWithNumbersAsNumbers() throws Exception {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(CostAllocationFiles.xlsx(ROWS)))) {
      Sheet sheet = workbook.getSheet("Kostenverteilung");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Kostenstelle");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Jugendamt");
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1234.5);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Sozialamt; Süd");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }
}
