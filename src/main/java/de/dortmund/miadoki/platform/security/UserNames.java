package de.dortmund.miadoki.platform.security;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** User names for new accounts: lower-case Latin letters, digits, dot, dash and underscore. */
public final class UserNames {

  /** Cyrillic letters in the Ukrainian national transliteration (with the Russian extras). */
  private static final Map<Integer, String> CYRILLIC = cyrillic();

  private UserNames() {}

  private static Map<Integer, String> cyrillic() {
    String[] pairs = {
      "а", "a", "б", "b", "в", "v", "г", "h", "ґ", "g", "д", "d", "е", "e", "є", "ie", "ж", "zh",
      "з", "z", "и", "y", "і", "i", "ї", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о",
      "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч",
      "ch", "ш", "sh", "щ", "shch", "ь", "", "ю", "iu", "я", "ia", "ё", "e", "ы", "y", "э", "e",
      "ъ", ""
    };
    Map<Integer, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].codePointAt(0), pairs[i + 1]);
    }
    return Map.copyOf(map);
  }

  /**
   * A suggestion from a person's name, {@code first.last} in plain Latin letters ("Aydın Şahin"
   * becomes {@code aydin.sahin}, "Олена Коваленко" {@code olena.kovalenko}); empty when nothing
   * Latin is left (Arabic script), so that the person who invites chooses one.
   */
  public static String suggest(String firstName, String lastName) {
    String joined = plain(firstName) + "." + plain(lastName);
    joined = joined.replaceAll("\\.{2,}", ".").replaceAll("^[.]|[.]$", "");
    return joined.length() < 3 ? "" : joined.substring(0, Math.min(joined.length(), 80));
  }

  private static String plain(String name) {
    if (name == null) {
      return "";
    }
    String mapped =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replace("ı", "i")
            .replace("ß", "ss")
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("đ", "d")
            .replace("ł", "l")
            .replace("ø", "o")
            .replace("æ", "ae");
    StringBuilder latin = new StringBuilder();
    mapped.codePoints().forEach(c -> latin.append(CYRILLIC.getOrDefault(c, Character.toString(c))));
    String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replaceAll("[^a-z0-9]+", ".");
  }
}
