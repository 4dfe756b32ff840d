package de.dortmund.miadoki.platform.export;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of every PDF the portal makes: DejaVu Sans, embedded, which holds the letters of the
 * names the city's people write (Turkish and Kurdish, Vietnamese, Cyrillic, Arabic). The standard
 * PDF fonts hold only Western European letters: "Ayşe" would lose its "ş". Text with right-to-left
 * letters is set right to left, which also shapes Arabic (joined letter forms).
 */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
  private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  public static Font regular(float size) {
    return new Font(REGULAR, size);
  }

  public static Font bold(float size) {
    return new Font(BOLD, size);
  }

  /** A table cell; right to left where the text has Arabic (or other right-to-left) letters. */
  public static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(4);
    if (rightToLeft(text)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    }
    return cell;
  }

  /**
   * A line of text across the page. A paragraph cannot set Arabic right to left, so the line is a
   * one-cell table without border.
   */
  public static PdfPTable line(String text, Font font) {
    PdfPTable line = new PdfPTable(1);
    line.setWidthPercentage(100);
    PdfPCell cell = cell(text, font, com.lowagie.text.Element.ALIGN_LEFT);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(1);
    line.addCell(cell);
    return line;
  }

  /** Whether the text has letters written right to left (Arabic, Hebrew ...). */
  public static boolean rightToLeft(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(
                c -> {
                  byte direction = Character.getDirectionality(c);
                  return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                      || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                });
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
