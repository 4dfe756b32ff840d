package de.dortmund.miadoki.interpreting.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.interpreting.domain.PayStatementLine;
import de.dortmund.miadoki.platform.export.PdfFonts;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.PortalBundles;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The PDF of an issued statement, in German, drawn only from the statement's stored lines: the same
 * statement always gives the same figures.
 */
public final class StatementPdf {

  private static final Locale GERMAN = Locale.GERMANY;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private StatementPdf() {}

  public static byte[] render(PayStatement statement) {
    ResourceBundle text = PortalBundles.of("i18n.interpreting", GERMAN);
    NumberFormat euro = NumberFormat.getCurrencyInstance(GERMAN);
    Font title = PdfFonts.bold(15);
    Font normal = PdfFonts.regular(9);
    Font bold = PdfFonts.bold(9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(text.getString("statement.pdf.title"));
      document.open();
      String month =
          statement.getMonth().getMonth().getDisplayName(TextStyle.FULL, GERMAN)
              + " "
              + statement.getMonth().getYear();
      document.add(new Paragraph(text.getString("statement.pdf.title") + " " + month, title));
      document.add(PdfFonts.line(statement.getInterpreter().getDisplayName(), bold));
      document.add(PdfFonts.line(statement.getInterpreter().getEmail(), normal));
      document.add(
          new Paragraph(
              text.getString("statement.pdf.issued")
                  + " "
                  + ISSUED.format(statement.getIssuedAt().atZone(ClockProducer.ZONE))
                  + " · "
                  + text.getString("statement.pdf.number")
                  + " "
                  + statement.getId(),
              normal));
      document.add(new Paragraph(" ", normal));

      PdfPTable table = new PdfPTable(new float[] {2.2f, 4.2f, 3.2f, 1.2f, 1.5f, 1.5f, 1.7f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String key :
          new String[] {
            "statement.pdf.date",
            "statement.pdf.appointment",
            "statement.pdf.rule",
            "statement.pdf.minutes",
            "statement.pdf.time",
            "statement.pdf.travel",
            "statement.pdf.amount"
          }) {
        table.addCell(
            cell(
                text.getString(key),
                bold,
                key.endsWith("date") || key.endsWith("appointment") || key.endsWith("rule")
                    ? Element.ALIGN_LEFT
                    : Element.ALIGN_RIGHT));
      }
      for (PayStatementLine line : statement.getLines()) {
        table.addCell(cell(DAY.format(line.getAppointment()), normal, Element.ALIGN_LEFT));
        table.addCell(cell(line.getDescription(), normal, Element.ALIGN_LEFT));
        table.addCell(cell(text.getString(line.getRuleKey()), normal, Element.ALIGN_LEFT));
        table.addCell(cell(String.valueOf(line.getMinutes()), normal, Element.ALIGN_RIGHT));
        table.addCell(cell(money(euro, line.getTimeAmount()), normal, Element.ALIGN_RIGHT));
        table.addCell(cell(money(euro, line.getTravelAmount()), normal, Element.ALIGN_RIGHT));
        table.addCell(cell(money(euro, line.getAmount()), normal, Element.ALIGN_RIGHT));
      }
      PdfPCell label = cell(text.getString("statement.pdf.total"), bold, Element.ALIGN_RIGHT);
      label.setColspan(6);
      table.addCell(label);
      table.addCell(cell(money(euro, statement.getTotal()), bold, Element.ALIGN_RIGHT));
      document.add(table);
      document.add(new Paragraph(" ", normal));
      document.add(new Paragraph(text.getString("statement.pdf.footer"), normal));
    } catch (DocumentException e) {
      throw new IllegalStateException("Statement " + statement.getId() + " not rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String content, Font font, int alignment) {
    return PdfFonts.cell(content, font, alignment);
  }

  /** German money with a plain space before the euro sign, which every PDF reader can copy. */
  static String money(NumberFormat euro, BigDecimal amount) {
    return euro.format(amount).replace('\u00a0', ' ');
  }
}
