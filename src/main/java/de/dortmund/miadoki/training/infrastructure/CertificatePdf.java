package de.dortmund.miadoki.training.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import de.dortmund.miadoki.platform.export.PdfFonts;
import de.dortmund.miadoki.platform.export.PdfQrCodes;
import de.dortmund.miadoki.platform.time.ClockProducer;
import de.dortmund.miadoki.platform.web.PortalBundles;
import de.dortmund.miadoki.training.domain.Attendance;
import de.dortmund.miadoki.training.domain.Certificate;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The certificate of attendance as a PDF, in German (the language of the city's files): name,
 * course, dates, the parts attended where not all were, and the code with the address where anyone
 * checks it, also as a QR code.
 */
public final class CertificatePdf {

  private static final Locale GERMAN = Locale.GERMANY;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter PART = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CertificatePdf() {}

  public static byte[] render(Certificate certificate, List<Attendance> attended, String checkUrl) {
    ResourceBundle text = PortalBundles.of("i18n.training", GERMAN);
    Font title = PdfFonts.bold(22);
    Font name = PdfFonts.bold(18);
    Font normal = PdfFonts.regular(11);
    Font small = PdfFonts.regular(9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 60, 60, 80, 60);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(text.getString("certificate.pdf.title"));
      document.open();
      Paragraph heading = new Paragraph(text.getString("certificate.pdf.title"), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(30);
      document.add(heading);
      document.add(new Paragraph(text.getString("certificate.pdf.certifies"), normal));
      document.add(new Paragraph(" ", normal));
      document.add(PdfFonts.line(certificate.getPersonName(), name));
      document.add(new Paragraph(" ", normal));
      String dates =
          certificate.getHeldFrom().equals(certificate.getHeldTo())
              ? DAY.format(certificate.getHeldFrom())
              : DAY.format(certificate.getHeldFrom()) + " – " + DAY.format(certificate.getHeldTo());
      document.add(
          new Paragraph(
              MessageFormat.format(text.getString("certificate.pdf.attended"), dates), normal));
      document.add(new Paragraph(" ", normal));
      document.add(PdfFonts.line(certificate.getCourseTitle(), PdfFonts.bold(14)));
      document.add(new Paragraph(" ", normal));
      if (certificate.isPartial()) {
        document.add(new Paragraph(text.getString("certificate.pdf.partial"), normal));
        for (Attendance a : attended) {
          document.add(
              new Paragraph(
                  "• "
                      + PART.format(a.getPart().getStartsAt())
                      + "–"
                      + TIME.format(a.getPart().getEndsAt()),
                  normal));
        }
        document.add(new Paragraph(" ", normal));
      }
      document.add(
          new Paragraph(
              MessageFormat.format(
                  text.getString("certificate.pdf.issued"),
                  DAY.format(certificate.getIssuedAt().atZone(ClockProducer.ZONE))),
              normal));
      Paragraph check =
          new Paragraph(
              MessageFormat.format(
                  text.getString("certificate.pdf.check"), certificate.getCode(), checkUrl),
              small);
      check.setSpacingBefore(60);
      document.add(check);
      // the check's address as a QR code in the lower right corner, for a phone's camera
      PdfQrCodes.draw(
          writer.getDirectContent(), checkUrl, PageSize.A4.getWidth() - 60 - 110, 60, 110);
    } catch (DocumentException e) {
      throw new IllegalStateException("Certificate " + certificate.getId() + " not rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
