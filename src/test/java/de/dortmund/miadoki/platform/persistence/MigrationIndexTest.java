package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules' migration indexes list exactly the migration files there are, and the versions are
 * one sequence over all modules: no version twice, whatever module uses it.
 */
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
    List<String> versions =
        index.stream().map(p -> p.substring(p.lastIndexOf('/') + 2, p.indexOf("__"))).toList();
    assertThat(versions).as("migration versions").doesNotHaveDuplicates();
  }

  @Test
  void filesInADatabasesFolderRunOnlyOnThatDatabase() {
    assertThat(ClasspathMigrations.forDatabase("db/interpreting/V3__pool.sql", "h2")).isTrue();
    assertThat(
            ClasspathMigrations.forDatabase(
                "db/interpreting/postgresql/V3_1__no_double_booking.sql", "h2"))
        .isFalse();
    assertThat(
            ClasspathMigrations.forDatabase(
                "db/interpreting/postgresql/V3_1__no_double_booking.sql", "postgresql"))
        .isTrue();
  }
}
