package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules' mapping files, named in persistence.xml, list every entity and embeddable, since the
 * servers do not scan for them; each module's in its own file.
 */
class PersistenceUnitTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  /** The classes the persistence unit's mapping files name. */
  private static Set<String> listed() throws IOException {
    String unit = Files.readString(RESOURCES.resolve("META-INF/persistence.xml"));
    Set<String> listed = new TreeSet<>();
    Matcher file = Pattern.compile("<mapping-file>([^<]+)</mapping-file>").matcher(unit);
    while (file.find()) {
      String mappings = Files.readString(RESOURCES.resolve(file.group(1).strip()));
      Matcher m = Pattern.compile("<(?:entity|embeddable) class=\"([^\"]+)\"").matcher(mappings);
      while (m.find()) {
        String type = m.group(1);
        String module = file.group(1).replaceAll(".*/|\\.xml", "");
        assertThat(type).as("listed by the module it belongs to").contains("." + module + ".");
        listed.add(type);
      }
    }
    return listed;
  }

  @Test
  void everyEntityAndEmbeddableIsListed() throws IOException {
    Set<String> listed = listed();
    Set<String> annotated = new TreeSet<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        if (text.contains("\n@Entity") || text.contains("\n@Embeddable")) {
          String name = root.relativize(source).toString().replace('/', '.');
          annotated.add(name.substring(0, name.length() - ".java".length()));
        }
      }
    }
    assertThat(listed).isEqualTo(annotated);
  }

  /**
   * Screens keep entities in the session (view scope): every entity and embeddable, and every type
   * of the portal's own they hold, can be written out, or the session cannot be passivated.
   */
  @Test
  void everyEntityAndWhatItHoldsCanBeWrittenOut() throws Exception {
    Set<String> unserializable = new TreeSet<>();
    for (String listedType : listed()) {
      for (Class<?> type = Class.forName(listedType);
          type != null && type != Object.class;
          type = type.getSuperclass()) {
        if (!Serializable.class.isAssignableFrom(type)) {
          unserializable.add(type.getName());
        }
        for (Field field : type.getDeclaredFields()) {
          Class<?> held = field.getType();
          boolean stored =
              !Modifier.isStatic(field.getModifiers())
                  && !Modifier.isTransient(field.getModifiers());
          if (stored
              && held.getName().startsWith("de.dortmund.")
              && !held.isInterface()
              && !Serializable.class.isAssignableFrom(held)) {
            unserializable.add(type.getName() + "." + field.getName());
          }
        }
      }
    }
    assertThat(unserializable).isEmpty();
  }
}
