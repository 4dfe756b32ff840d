package de.dortmund.miadoki.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The written file read back by a full spreadsheet library, as a spreadsheet program would. */
class XlsxWriterTest {

  private static Sheet read(byte[] file) throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
    return workbook.getSheetAt(0);
  }

  @Test
  void headerIsBoldAmountsAreNumbersWithTwoDecimalsAndNamesInEveryScriptStayWhole()
      throws Exception {
    byte[] file =
        new XlsxWriter("Übersicht", List.of("Name", "Anzahl", "Betrag"))
            .row("Ayşe Yıldız Şahin", 3, new BigDecimal("1234.50"))
            .row("Nguyễn Thị Hoa", 12L, new BigDecimal("0.05"))
            .row("محمد حسن & Олена Коваленко <b>", null, new BigDecimal("-7"))
            .toBytes();

    Sheet sheet = read(file);
    assertThat(sheet.getSheetName()).isEqualTo("Übersicht");
    Row header = sheet.getRow(0);
    assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
    assertThat(
            sheet
                .getWorkbook()
                .getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                .getBold())
        .isTrue();
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ayşe Yıldız Şahin");
    assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
    assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
    assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString())
        .isEqualTo("#,##0.00");
    assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12.0);
    assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
        .isEqualTo("محمد حسن & Олена Коваленко <b>");
    assertThat(sheet.getRow(3).getCell(1)).isNull();
    assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(-7.0);
    assertThat(sheet.getLastRowNum()).isEqualTo(3);
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws Exception {
    byte[] file =
        new XlsxWriter("Liste", List.of("Wert"))
            .row("=HYPERLINK(\"http://example.org\")")
            .row("+1+2")
            .row("Steuer\u0007zeichen")
            .toBytes();

    Sheet sheet = read(file);
    assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo("=HYPERLINK(\"http://example.org\")");
    assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    // a control character XML cannot hold is left out, the rest of the text is kept
    assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Steuerzeichen");
  }

  @Test
  void columnsAreNamedAsInASpreadsheet() {
    assertThat(XlsxWriter.column(0)).isEqualTo("A");
    assertThat(XlsxWriter.column(25)).isEqualTo("Z");
    assertThat(XlsxWriter.column(26)).isEqualTo("AA");
    assertThat(XlsxWriter.column(27)).isEqualTo("AB");
    assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
    assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
  }
}
