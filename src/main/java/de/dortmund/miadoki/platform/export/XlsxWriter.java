package de.dortmund.miadoki.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A spreadsheet file (Office Open XML, .xlsx) with one sheet: a bold header row and rows of text,
 * whole numbers and amounts of money ({@link BigDecimal}, shown with two decimals). Written
 * directly as the few XML parts the format needs: a spreadsheet library would add about 17 MB to
 * the WAR for these tables. Text is stored inline, never as a formula, so a cell that starts with
 * "=" stays text.
 */
public final class XlsxWriter {

  private static final int HEADER_STYLE = 1;
  private static final int MONEY_STYLE = 2;

  private final String sheetName;
  private final List<String> header;
  private final List<Object[]> rows = new ArrayList<>();

  public XlsxWriter(String sheetName, List<String> header) {
    // Excel allows 31 characters and none of []:*?/\ in a sheet name
    this.sheetName =
        sheetName
            .replaceAll("[\\[\\]:*?/\\\\]", " ")
            .substring(0, Math.min(31, sheetName.length()));
    this.header = List.copyOf(header);
  }

  /** Adds a row; cells are text, whole numbers ({@link Integer}, {@link Long}) or money. */
  public XlsxWriter row(Object... cells) {
    rows.add(cells.clone());
    return this;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      part(zip, "[Content_Types].xml", CONTENT_TYPES);
      part(zip, "_rels/.rels", ROOT_RELATIONS);
      part(zip, "xl/workbook.xml", workbook());
      part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONS);
      part(zip, "xl/styles.xml", STYLES);
      part(zip, "xl/worksheets/sheet1.xml", sheet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private String workbook() {
    return XML
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\""
        + escape(sheetName)
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  }

  private String sheet() {
    StringBuilder xml = new StringBuilder(XML);
    xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    xml.append("<cols><col min=\"1\" max=\"")
        .append(Math.max(1, header.size()))
        .append("\" width=\"24\" customWidth=\"1\"/></cols><sheetData>");
    appendRow(xml, 1, header.toArray(), HEADER_STYLE);
    int number = 2;
    for (Object[] row : rows) {
      appendRow(xml, number++, row, 0);
    }
    xml.append("</sheetData></worksheet>");
    return xml.toString();
  }

  private static void appendRow(StringBuilder xml, int number, Object[] cells, int textStyle) {
    xml.append("<row r=\"").append(number).append("\">");
    for (int i = 0; i < cells.length; i++) {
      Object value = cells[i];
      if (value == null) {
        continue;
      }
      String ref = column(i) + number;
      if (value instanceof BigDecimal amount) {
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(MONEY_STYLE).append("\"><v>");
        xml.append(amount.toPlainString()).append("</v></c>");
      } else if (value instanceof Integer || value instanceof Long) {
        xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
      } else {
        xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"");
        if (textStyle != 0) {
          xml.append(" s=\"").append(textStyle).append('"');
        }
        xml.append("><is><t xml:space=\"preserve\">")
            .append(escape(value.toString()))
            .append("</t></is></c>");
      }
    }
    xml.append("</row>");
  }

  /** A, B, ... Z, AA, AB ... */
  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  /** XML text: markup characters escaped, characters XML 1.0 cannot hold left out. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static void part(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

  private static final String CONTENT_TYPES =
      XML
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELATIONS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";

  private static final String WORKBOOK_RELATIONS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "</Relationships>";

  /** Style 0: plain; 1: bold (header); 2: number with two decimals and thousands separator. */
  private static final String STYLES =
      XML
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs>"
          + "<cellXfs count=\"3\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "</cellXfs></styleSheet>";
}
