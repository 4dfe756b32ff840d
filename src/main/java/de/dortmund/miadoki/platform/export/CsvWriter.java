package de.dortmund.miadoki.platform.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * A table as CSV the way spreadsheet programs in a German office open it: semicolons between cells,
 * amounts with the decimal separator of the given locale, UTF-8 with a byte order mark (so that
 * "Ayşe" and "Олена" arrive whole), lines ended by CRLF. A cell with a separator, quote or line
 * break is quoted. Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, so a name typed into the portal can never become
 * a formula in the finance office's spreadsheet.
 */
public final class CsvWriter {

  private static final char SEPARATOR = ';';

  private final char decimalSeparator;
  private final StringBuilder text = new StringBuilder("\uFEFF");

  public CsvWriter(Locale locale, List<String> header) {
    this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    line(header.toArray());
  }

  /** Adds a row; cells are text, numbers or amounts ({@link BigDecimal}); null is empty. */
  public CsvWriter row(Object... cells) {
    line(cells);
    return this;
  }

  public byte[] toBytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void line(Object[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text.append(SEPARATOR);
      }
      text.append(cell(cells[i]));
    }
    text.append("\r\n");
  }

  private String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString().replace('.', decimalSeparator);
    }
    if (value instanceof Double || value instanceof Float) {
      return value.toString().replace('.', decimalSeparator);
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return text(value.toString());
  }

  static String text(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(SEPARATOR) >= 0
        || safe.indexOf('"') >= 0
        || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
