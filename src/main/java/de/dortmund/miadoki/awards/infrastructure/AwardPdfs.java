package de.dortmund.miadoki.awards.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.dortmund.miadoki.awards.application.JuryResults.Winner;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.platform.export.PdfFonts;
import de.dortmund.miadoki.platform.web.PortalBundles;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The awards' PDFs, in German (the language of the city's letters): the letter that tells a nominee
 * of the nomination (Art. 14 GDPR) and the list of winners for the press.
 */
public final class AwardPdfs {

  private static final Locale GERMAN = Locale.GERMANY;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private AwardPdfs() {}

  /**
   * The nominee's letter: who nominated them, which data the agency holds, for what, for how long,
   * and that nothing goes to the jury without their consent.
   */
  public static byte[] letter(Nomination n, LocalDate today) {
    ResourceBundle text = PortalBundles.of("i18n.awards", GERMAN);
    Font normal = PdfFonts.regular(11);
    Font bold = PdfFonts.bold(11);
    return render(
        text.getString("letter.pdf.title"),
        document -> {
          if (n.getNomineeAddress() != null) {
            for (String line : n.getNomineeAddress().split("\\R|,")) {
              document.add(PdfFonts.line(line.strip(), normal));
            }
          } else {
            document.add(PdfFonts.line(n.getNomineeName(), normal));
          }
          Paragraph date = new Paragraph(DAY.format(today), normal);
          date.setAlignment(Element.ALIGN_RIGHT);
          date.setSpacingBefore(30);
          document.add(date);
          Paragraph subject =
              new Paragraph(
                  MessageFormat.format(
                      text.getString("letter.pdf.subject"),
                      n.getProgramme().getTitle(),
                      n.getReceiptNumber()),
                  bold);
          subject.setSpacingBefore(20);
          subject.setSpacingAfter(14);
          document.add(subject);
          document.add(
              PdfFonts.line(
                  MessageFormat.format(text.getString("letter.pdf.salutation"), n.getNomineeName()),
                  normal));
          String by =
              n.getNominatorName()
                  + (n.getNominatorOrganisation() == null
                      ? ""
                      : " (" + n.getNominatorOrganisation() + ")");
          paragraph(
              document,
              MessageFormat.format(
                  text.getString("letter.pdf.nominated"), n.getProgramme().getTitle(), by),
              normal);
          paragraph(document, text.getString("letter.pdf.data"), normal);
          paragraph(document, text.getString("letter.pdf.purpose"), normal);
          paragraph(document, text.getString("letter.pdf.consent"), normal);
          paragraph(document, text.getString("letter.pdf.rights"), normal);
          paragraph(document, text.getString("letter.pdf.closing"), normal);
        });
  }

  /** The winners for the press and the website (only those who agreed to publication). */
  public static byte[] winners(AwardProgramme programme, List<Winner> winners) {
    ResourceBundle text = PortalBundles.of("i18n.awards", GERMAN);
    NumberFormat euros = NumberFormat.getCurrencyInstance(GERMAN);
    return render(
        programme.getTitle(),
        document -> {
          Paragraph heading = new Paragraph(programme.getTitle(), PdfFonts.bold(18));
          heading.setSpacingAfter(16);
          document.add(heading);
          PdfPTable table = new PdfPTable(new float[] {3, 1, 5, 2});
          table.setWidthPercentage(100);
          Font head = PdfFonts.bold(10);
          Font cell = PdfFonts.regular(10);
          for (String key :
              List.of("winners.category", "winners.place", "winners.nominee", "winners.amount")) {
            table.addCell(PdfFonts.cell(text.getString(key), head, Element.ALIGN_LEFT));
          }
          for (Winner w : winners) {
            table.addCell(PdfFonts.cell(w.category(), cell, Element.ALIGN_LEFT));
            table.addCell(
                PdfFonts.cell(
                    w.rank() + (w.tied() ? " " + text.getString("winners.tied") : ""),
                    cell,
                    Element.ALIGN_LEFT));
            table.addCell(
                PdfFonts.cell(
                    w.nomineeName()
                        + (w.nomineeOrganisation() == null ? "" : ", " + w.nomineeOrganisation()),
                    cell,
                    Element.ALIGN_LEFT));
            table.addCell(PdfFonts.cell(euros.format(w.amount()), cell, Element.ALIGN_RIGHT));
          }
          document.add(table);
        });
  }

  @FunctionalInterface
  private interface Content {
    void write(Document document) throws DocumentException;
  }

  private static void paragraph(Document document, String text, Font font)
      throws DocumentException {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(8);
    document.add(p);
  }

  private static byte[] render(String title, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 60, 60, 70, 60);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      content.write(document);
    } catch (DocumentException e) {
      throw new IllegalStateException(title + " not rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
