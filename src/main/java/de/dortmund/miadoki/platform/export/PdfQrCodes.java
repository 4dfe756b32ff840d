package de.dortmund.miadoki.platform.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Map;

/**
 * QR codes in PDFs, drawn as vector squares (sharp at any zoom and in print), with the quiet zone
 * the format asks for and error correction level M.
 */
public final class PdfQrCodes {

  private PdfQrCodes() {}

  /** The modules of the QR code of {@code text}, quiet zone included. */
  public static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code for a text this long", e);
    }
  }

  /** Draws the QR code of {@code text}, {@code size} points wide, its lower left corner at x, y. */
  public static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix modules = matrix(text);
    float module = size / modules.getWidth();
    canvas.saveState();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < modules.getHeight(); row++) {
      for (int column = 0; column < modules.getWidth(); column++) {
        if (modules.get(column, row)) {
          canvas.rectangle(
              x + column * module, y + (modules.getHeight() - 1 - row) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}
