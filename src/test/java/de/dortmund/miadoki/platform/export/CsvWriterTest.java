package de.dortmund.miadoki.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(CsvWriter writer) {
    return new String(writer.toBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void semicolonsDecimalCommaByteOrderMarkAndNamesInEveryScript() {
    String csv =
        csv(
            new CsvWriter(Locale.GERMANY, List.of("Name", "Einsätze", "Betrag"))
                .row("Ayşe Yıldız Şahin", 3, new BigDecimal("1234.50"))
                .row("Nguyễn Thị Hoa", 12L, new BigDecimal("-7.25"))
                .row("محمد حسن / Олена Коваленко", null, BigDecimal.ZERO));
    assertThat(csv)
        .isEqualTo(
            "\uFEFFName;Einsätze;Betrag\r\n"
                + "Ayşe Yıldız Şahin;3;1234,50\r\n"
                + "Nguyễn Thị Hoa;12;-7,25\r\n"
                + "محمد حسن / Олена Коваленко;;0\r\n");
  }

  @Test
  void englishAmountsUseTheDecimalPoint() {
    assertThat(csv(new CsvWriter(Locale.UK, List.of("Amount")).row(new BigDecimal("45.00"))))
        .endsWith("45.00\r\n");
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertThat(CsvWriter.text("Sozialamt; Süd")).isEqualTo("\"Sozialamt; Süd\"");
    assertThat(CsvWriter.text("der \"Treffpunkt\"")).isEqualTo("\"der \"\"Treffpunkt\"\"\"");
    assertThat(CsvWriter.text("zwei\nZeilen")).isEqualTo("\"zwei\nZeilen\"");
    assertThat(CsvWriter.text("schlicht")).isEqualTo("schlicht");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
    assertThat(CsvWriter.text("=HYPERLINK(\"http://example.org\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://example.org\"\")\"");
    assertThat(CsvWriter.text("+49 231 50-0")).isEqualTo("'+49 231 50-0");
    assertThat(CsvWriter.text("-1+2")).isEqualTo("'-1+2");
    assertThat(CsvWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.text("\tTab")).isEqualTo("'\tTab");
    assertThat(CsvWriter.text("\rCR")).isEqualTo("\"'\rCR\"");
    // numbers are numbers, also negative ones
    assertThat(csv(new CsvWriter(Locale.GERMANY, List.of("x")).row(-3))).endsWith("-3\r\n");
  }
}
