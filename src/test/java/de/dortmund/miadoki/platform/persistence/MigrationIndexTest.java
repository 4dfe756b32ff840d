package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration index lists exactly the migration files there are. */
class MigrationIndexTest {

  @Test
  void theIndexListsEveryMigrationFileAndNothingElse() throws IOException {
    Path resources = Path.of("src/main/resources");
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(resources.resolve("db"))) {
      walk.filter(p -> p.toString().endsWith(".sql"))
          .forEach(p -> files.add(resources.relativize(p).toString().replace('\\', '/')));
    }
    List<String> index = ClasspathMigrations.readIndex(getClass().getClassLoader());
    assertThat(new TreeSet<>(index)).isEqualTo(files);
    assertThat(index).doesNotHaveDuplicates();
  }
}
