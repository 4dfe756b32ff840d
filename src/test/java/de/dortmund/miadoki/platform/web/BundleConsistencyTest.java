package de.dortmund.miadoki.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in German and English, each module's texts are its own (no key in two modules'
 * bundles), and every key a view or class uses exists.
 */
class BundleConsistencyTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** A bundle's file in one language, e.g. "i18n.platform", "de" to i18n/platform_de.properties. */
  private static Properties load(String baseName, String language) throws IOException {
    return load(baseName.replace('.', '/') + "_" + language + ".properties");
  }

  static Stream<String> bundles() {
    return Stream.of(
            PortalBundles.MESSAGES.stream(),
            PortalBundles.MAILS.stream(),
            Stream.of("i18n.faces", "ValidationMessages"))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void germanAndEnglishHaveTheSameKeys(String bundle) throws IOException {
    Set<String> german = load(bundle, "de").stringPropertyNames();
    Set<String> english = load(bundle, "en").stringPropertyNames();
    assertThat(new TreeSet<>(english)).as("%s: keys only in German", bundle).containsAll(german);
    assertThat(new TreeSet<>(german)).as("%s: keys only in English", bundle).containsAll(english);
  }

  @Test
  void eachKeyBelongsToOneModule() throws IOException {
    for (List<String> family : List.of(PortalBundles.MESSAGES, PortalBundles.MAILS)) {
      Map<String, String> owner = new TreeMap<>();
      Set<String> twice = new TreeSet<>();
      for (String bundle : family) {
        for (String key : load(bundle, "de").stringPropertyNames()) {
          String before = owner.putIfAbsent(key, bundle);
          if (before != null) {
            twice.add(key + " in " + before + " and " + bundle);
          }
        }
        assertThat(RESOURCES.resolve(bundle.replace('.', '/') + ".properties"))
            .as("German lives in %s_de; a file without language would only repeat it", bundle)
            .doesNotExist();
      }
      assertThat(twice).isEmpty();
    }
  }

  private static Set<String> messageKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : PortalBundles.MESSAGES) {
      keys.addAll(load(bundle, "de").stringPropertyNames());
    }
    return keys;
  }

  private static Set<String> mailKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : PortalBundles.MAILS) {
      keys.addAll(load(bundle, "de").stringPropertyNames());
    }
    return keys;
  }

  @Test
  void everyKeyUsedInAViewExists() throws IOException {
    Set<String> keys = messageKeys();
    Pattern literal = Pattern.compile("msg\\['([^']+)'\\]");
    Pattern param = Pattern.compile("name=\"(?:titleKey|sectionKey)\" value=\"([^\"]+)\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
      for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(view);
        for (Pattern pattern : new Pattern[] {literal, param}) {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            for (String key : keysIn(m.group(1))) {
              if (!keys.contains(key)) {
                missing.add(view + ": " + key);
              }
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** A key, or for a title chosen by an expression the quoted keys it chooses from. */
  private static List<String> keysIn(String value) {
    if (!value.startsWith("#{")) {
      return List.of(value);
    }
    List<String> quoted = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']+)'").matcher(value);
    while (m.find()) {
      quoted.add(m.group(1));
    }
    return quoted;
  }

  @Test
  void everyKeyNamedInJavaExists() throws IOException {
    Set<String> keys = messageKeys();
    Set<String> mailKeys = mailKeys();
    Pattern messageCall =
        Pattern.compile(
            "Messages\\.(?:error|info|text)\\((?:\"[^\"]*\"|null|[a-zA-Z.]+), *\"([a-zA-Z0-9.]+)\"|Messages\\.(?:info|text)\\(\"([a-zA-Z0-9.]+)\"");
    Pattern navigation =
        Pattern.compile(
            "\"((?:nav|request|matching|score|exclusion|error|users|account|login|audit|profile|interpreters|offer|assignment|appointments|clientPreference|closeOut|compensation|statement|statements|costs|calendar|reports|tasks|dimension|rates|masterData|departments)\\.[a-zA-Z.]*[a-zA-Z])\"");
    Pattern mail = Pattern.compile("\"(mail\\.[a-zA-Z]+)\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        Matcher m = messageCall.matcher(text);
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          if (!keys.contains(key)) {
            missing.add(source.getFileName() + ": " + key);
          }
        }
        Matcher n = navigation.matcher(text);
        while (n.find()) {
          if (n.group(1).matches(".*\\.(xhtml|csv|xlsx|pdf)")) {
            continue; // a page's file name, not a text
          }
          if (!keys.contains(n.group(1))) {
            missing.add(source.getFileName() + ": " + n.group(1));
          }
        }
        Matcher mm = mail.matcher(text);
        while (mm.find()) {
          if (!mailKeys.contains(mm.group(1) + ".subject")
              || !mailKeys.contains(mm.group(1) + ".body")) {
            missing.add(source.getFileName() + ": " + mm.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyEnumWithMessageKeysHasThemInBothLanguages() throws Exception {
    Set<String> german = messageKeys();
    for (var role : de.dortmund.miadoki.platform.security.Role.values()) {
      assertThat(german).contains(role.messageKey(), role.messageKey() + ".description");
    }
    for (var action : de.dortmund.miadoki.platform.audit.AuditAction.values()) {
      assertThat(german).contains(action.messageKey());
    }
    for (Class<?> type :
        java.util.List.of(
            de.dortmund.miadoki.interpreting.domain.District.class,
            de.dortmund.miadoki.interpreting.domain.Qualification.class,
            de.dortmund.miadoki.interpreting.domain.FieldOfWork.class,
            de.dortmund.miadoki.interpreting.domain.Mode.class,
            de.dortmund.miadoki.interpreting.domain.Gender.class,
            de.dortmund.miadoki.interpreting.domain.GenderRequirement.class,
            de.dortmund.miadoki.interpreting.domain.InterpreterStatus.class,
            de.dortmund.miadoki.interpreting.domain.SkillLevel.class,
            de.dortmund.miadoki.interpreting.domain.RequestStatus.class,
            de.dortmund.miadoki.interpreting.domain.AppointmentKind.class,
            de.dortmund.miadoki.interpreting.domain.ExclusionRule.class,
            de.dortmund.miadoki.interpreting.domain.OfferStatus.class,
            de.dortmund.miadoki.interpreting.domain.ClientPreference.Kind.class,
            de.dortmund.miadoki.interpreting.domain.CloseOutState.class,
            de.dortmund.miadoki.interpreting.domain.Outcome.class,
            de.dortmund.miadoki.interpreting.application.PoolReports.Dimension.class,
            de.dortmund.miadoki.interpreting.application.OfferAnswer.class)) {
      for (Object value : type.getEnumConstants()) {
        String key = (String) type.getMethod("messageKey").invoke(value);
        assertThat(german).as(type.getSimpleName()).contains(key);
        String simple = type.getSimpleName();
        if (type != de.dortmund.miadoki.interpreting.domain.ExclusionRule.class
            && type.getEnclosingClass() == null) {
          // the label key that screens derive from the type name must be the same key
          assertThat(key)
              .isEqualTo(
                  Character.toLowerCase(simple.charAt(0))
                      + simple.substring(1)
                      + "."
                      + ((Enum<?>) value).name());
        }
      }
    }
  }
}
