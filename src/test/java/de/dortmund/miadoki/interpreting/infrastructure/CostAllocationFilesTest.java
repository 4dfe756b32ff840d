package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.interpreting.domain.CostShare;
import de.dortmund.miadoki.interpreting.domain.PoolFigures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The pool's exports: headers in the reader's language, text never a formula, numbers numbers. */
class CostAllocationFilesTest {

  private static final List<CostShare> ROWS =
      List.of(
          new CostShare(
              "Jugendamt",
              "KST-51000",
              "Eigenes Budget",
              "Own budget",
              3,
              new BigDecimal("1234.50")),
          new CostShare(
              "Sozialamt; Süd", "KST-50000", "KOMM-AN", "KOMM-AN", 1, new BigDecimal("45.00")),
          // a department named like a formula and a correction that pays back
          new CostShare(
              "=HYPERLINK(\"http://evil.example\",\"klick\")",
              "-KST",
              "Eigenes Budget",
              "Own budget",
              1,
              new BigDecimal("-20.00")));

  @Test
  void theCsvOpensInAGermanSpreadsheetProgramWithoutRunningFormulas() {
    String csv = new String(CostAllocationFiles.csv(ROWS, Locale.GERMAN), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFFachbereich;Kostenstelle;Finanzierung;Einsätze;Betrag (EUR)\r\n");
    assertThat(csv).contains("Jugendamt;KST-51000;Eigenes Budget;3;1234,50\r\n");
    // a semicolon inside a name is quoted, not a new column
    assertThat(csv).contains("\"Sozialamt; Süd\";KST-50000;KOMM-AN;1;45,00");
    // formula-like text gets an apostrophe, the negative amount stays a number
    assertThat(csv)
        .contains(
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klick\"\")\";'-KST;Eigenes Budget;1;-20,00\r\n");
  }

  @Test
  void anEnglishReaderGetsEnglishHeadersFundingNamesAndDecimalPoints() {
    String csv = new String(CostAllocationFiles.csv(ROWS, Locale.ENGLISH), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFDepartment;Cost centre;Funding;Assignments;Amount (EUR)\r\n")
        .contains("Jugendamt;KST-51000;Own budget;3;1234.50\r\n");
    assertThat(CostAllocationFiles.fileName(Locale.ENGLISH, "2026-01", "2026-03"))
        .isEqualTo("cost-allocation-2026-01-2026-03");
  }

  @Test
  void theXlsxHoldsTheSameRowsWithNumbersAsNumbersAndFormulasAsText() throws Exception {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(CostAllocationFiles.xlsx(ROWS, Locale.GERMAN)))) {
      Sheet sheet = workbook.getSheet("Kostenverteilung");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Kostenstelle");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Jugendamt");
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1234.5);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Sozialamt; Süd");
      assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(-20.0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void theReportCsvHasTheHeadersOfTheReadersLanguage() {
    List<PoolFigures> rows =
        List.of(
            new PoolFigures(
                "Arabisch", 10, 8, new BigDecimal("12.5"), new BigDecimal("300.00"), 26.25),
            new PoolFigures("@Tigrinya", 2, 0, BigDecimal.ZERO, BigDecimal.ZERO, null));
    String german =
        new String(
            PoolReportFiles.csv(rows, "dimension.LANGUAGE", Locale.GERMAN), StandardCharsets.UTF_8);
    assertThat(german)
        .startsWith("\uFEFFSprache;Anfragen;Besetzt;Besetzungsquote;Stunden;")
        .contains("Arabisch;10;8;80;12,5;300,00;26,3\r\n")
        .contains("'@Tigrinya;2;0;0;0;0;\r\n");
    String english =
        new String(
            PoolReportFiles.csv(rows, "dimension.LANGUAGE", Locale.ENGLISH),
            StandardCharsets.UTF_8);
    assertThat(english)
        .startsWith("\uFEFFLanguage;Requests;")
        .contains("Arabisch;10;8;80;12.5;300.00;26.3");
  }
}
