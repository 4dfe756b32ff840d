package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.dortmund.miadoki.interpreting.domain.District;
import de.dortmund.miadoki.interpreting.domain.Gender;
import de.dortmund.miadoki.interpreting.domain.Interpreter;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.Qualification;
import de.dortmund.miadoki.interpreting.domain.StatementDraft;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statement prints its interpreter's name whole, in every script the city's people write. */
class StatementPdfTest {

  private static String render(String first, String last, String place) throws Exception {
    Interpreter interpreter =
        new Interpreter(
            first,
            last,
            "person@example.org",
            District.EVING,
            10,
            Gender.FEMALE,
            Qualification.CERTIFIED,
            Instant.parse("2026-01-01T08:00:00Z"));
    StatementDraft.Line line =
        new StatementDraft.Line(
            1L,
            LocalDateTime.of(2026, 10, 6, 10, 0),
            "Arabisch · " + place,
            "compensation.completed",
            150,
            new BigDecimal("35.00"),
            new BigDecimal("10.00"),
            new BigDecimal("45.00"),
            false);
    PayStatement statement =
        new PayStatement(
            interpreter,
            YearMonth.of(2026, 10),
            List.of(line),
            "koordination",
            Instant.parse("2026-11-02T09:00:00Z"));
    PdfReader reader = new PdfReader(StatementPdf.render(statement));
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "Ayşe, Yıldız Şahin, Güneşli Çağ",
    "Rêbîn, Xelîl, Bêrîvan",
    "Nguyễn Thị, Hoa, Phường Đống Đa",
    "Олена, Коваленко, Київ",
  })
  void latinExtendedVietnameseAndCyrillicNamesArriveLetterForLetter(
      String first, String last, String place) throws Exception {
    String text = render(first, last, place);
    assertThat(text).contains(first + " " + last).contains(place).contains("Summe 45,00 €");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"محمد, حسن", "زينب, علي"})
  void arabicNamesAreSetRightToLeftWithEveryLetter(String first, String last) throws Exception {
    String text = render(first, last, "Nordstadt");
    // the extracted text holds Arabic as joined presentation forms in visual order
    String logical =
        text.lines()
            .map(l -> Normalizer.normalize(l, Normalizer.Form.NFKC))
            .map(l -> new StringBuilder(l).reverse().toString())
            .reduce("", (a, b) -> a + "\n" + b);
    assertThat(logical).contains(first + " " + last);
  }
}
