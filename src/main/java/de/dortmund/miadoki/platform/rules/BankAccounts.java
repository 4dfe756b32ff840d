package de.dortmund.miadoki.platform.rules;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bank details as SEPA transfers need them: the IBAN, written in any spacing and case, checked by
 * its ISO 13616 check digits (mod 97) and its country's length; and names in the characters every
 * SEPA bank accepts (Latin letters without accents, digits and a few signs).
 */
public final class BankAccounts {

  /** The characters every bank in the SEPA area must accept in names and purposes. */
  private static final Pattern SEPA_TEXT = Pattern.compile("[A-Za-z0-9/?:().,'+ -]*");

  private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

  private BankAccounts() {}

  /** The IBAN without spaces, in capitals; null stays null. */
  public static String normalizeIban(String iban) {
    return iban == null ? null : iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** Whether {@code iban} (normalized or as typed) has a valid shape, length and check digits. */
  public static boolean isValidIban(String iban) {
    String value = normalizeIban(iban);
    if (value == null || !IBAN_SHAPE.matcher(value).matches()) {
      return false;
    }
    Integer length = IbanLengths.of(value.substring(0, 2));
    if (length != null && length != value.length()) {
      return false;
    }
    String rearranged = value.substring(4) + value.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /**
   * The IBAN of {@code country} for the national account number {@code bban}, check digits added.
   */
  public static String iban(String country, String bban) {
    String moved = bban + country + "00";
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  /** The IBAN in groups of four, as people read it: "DE89 3704 0044 0532 0130 00". */
  public static String formatIban(String iban) {
    String value = normalizeIban(iban);
    return value == null ? null : value.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** Whether {@code bic} is a BIC of 8 or 11 characters. */
  public static boolean isValidBic(String bic) {
    return bic != null && BIC_SHAPE.matcher(bic.toUpperCase(Locale.ROOT)).matches();
  }

  /** Whether {@code text} uses only characters every SEPA bank accepts. */
  public static boolean isSepaText(String text) {
    return text != null && SEPA_TEXT.matcher(text).matches();
  }

  /**
   * {@code text} in the characters every SEPA bank accepts: German umlauts and ß spelled out,
   * accents dropped, anything else (other scripts, signs) left out; spaces collapsed.
   */
  public static String toSepaText(String text) {
    if (text == null) {
      return "";
    }
    String spelled =
        text.replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replace("İ", "I")
            .replace("ı", "i")
            .replace("Đ", "D")
            .replace("đ", "d")
            .replace("Ł", "L")
            .replace("ł", "l");
    String plain = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    for (char c : plain.toCharArray()) {
      String s = String.valueOf(c);
      out.append(SEPA_TEXT.matcher(s).matches() ? s : c == '&' ? "+" : " ");
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** The IBAN length of the SEPA countries (others: shape and check digits only). */
  private static final class IbanLengths {
    private static final java.util.Map<String, Integer> LENGTHS =
        java.util.Map.ofEntries(
            java.util.Map.entry("AT", 20),
            java.util.Map.entry("BE", 16),
            java.util.Map.entry("BG", 22),
            java.util.Map.entry("CH", 21),
            java.util.Map.entry("CY", 28),
            java.util.Map.entry("CZ", 24),
            java.util.Map.entry("DE", 22),
            java.util.Map.entry("DK", 18),
            java.util.Map.entry("EE", 20),
            java.util.Map.entry("ES", 24),
            java.util.Map.entry("FI", 18),
            java.util.Map.entry("FR", 27),
            java.util.Map.entry("GB", 22),
            java.util.Map.entry("GR", 27),
            java.util.Map.entry("HR", 21),
            java.util.Map.entry("HU", 28),
            java.util.Map.entry("IE", 22),
            java.util.Map.entry("IS", 26),
            java.util.Map.entry("IT", 27),
            java.util.Map.entry("LI", 21),
            java.util.Map.entry("LT", 20),
            java.util.Map.entry("LU", 20),
            java.util.Map.entry("LV", 21),
            java.util.Map.entry("MT", 31),
            java.util.Map.entry("NL", 18),
            java.util.Map.entry("NO", 15),
            java.util.Map.entry("PL", 28),
            java.util.Map.entry("PT", 25),
            java.util.Map.entry("RO", 24),
            java.util.Map.entry("SE", 24),
            java.util.Map.entry("SI", 19),
            java.util.Map.entry("SK", 24));

    static Integer of(String country) {
      return LENGTHS.get(country);
    }
  }
}
