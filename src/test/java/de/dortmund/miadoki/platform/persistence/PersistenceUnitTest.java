package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
}
