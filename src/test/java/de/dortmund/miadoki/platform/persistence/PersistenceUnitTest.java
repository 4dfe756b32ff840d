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

/** persistence.xml lists every entity and embeddable, since the servers do not scan for them. */
class PersistenceUnitTest {

  @Test
  void everyEntityAndEmbeddableIsListed() throws IOException {
    String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(unit);
    while (m.find()) {
      listed.add(m.group(1).strip());
    }
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
    String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
    Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(unit);
    Set<String> unserializable = new TreeSet<>();
    while (m.find()) {
      for (Class<?> type = Class.forName(m.group(1).strip());
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
