package de.dortmund.miadoki.platform.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migrations of every module instead of letting it scan the class path: scanning a
 * WAR's classes differs between application servers (WildFly serves them from a virtual file
 * system), reading named resources does not. {@code db/migrations.index} names each module's own
 * index, which lists the module's files; files in a folder named after a database ({@code
 * db/<module>/postgresql/...}) run only on that database. A unit test keeps the indexes in step
 * with the folders.
 */
final class ClasspathMigrations implements ResourceProvider {

  static final String INDEX = "db/migrations.index";

  private final ClassLoader loader;
  private final List<String> paths;

  ClasspathMigrations(ClassLoader loader, String vendor) {
    this.loader = loader;
    this.paths = readIndex(loader).stream().filter(p -> forDatabase(p, vendor)).toList();
  }

  /** A migration for every database, or one in the folder of this database. */
  static boolean forDatabase(String path, String vendor) {
    String folder = path.substring(0, path.lastIndexOf('/'));
    String last = folder.substring(folder.lastIndexOf('/') + 1);
    return !DATABASES.contains(last) || last.equals(vendor);
  }

  static final List<String> DATABASES = List.of("postgresql", "h2");

  /** Every migration of every module, as listed in the modules' indexes. */
  static List<String> readIndex(ClassLoader loader) {
    List<String> all = new ArrayList<>();
    for (String moduleIndex : lines(loader, INDEX)) {
      all.addAll(lines(loader, moduleIndex));
    }
    return all;
  }

  private static List<String> lines(ClassLoader loader, String index) {
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        throw new IllegalStateException(index + " is missing from the class path");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          String trimmed = line.strip();
          if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            lines.add(trimmed);
          }
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public LoadableResource getResource(String name) {
    return paths.stream()
        .filter(p -> p.equals(name) || p.endsWith("/" + name))
        .findFirst()
        .map(Migration::new)
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String path : paths) {
      String file = path.substring(path.lastIndexOf('/') + 1);
      if (file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith)) {
        found.add(new Migration(path));
      }
    }
    return found;
  }

  private final class Migration extends LoadableResource {
    private final String path;

    Migration(String path) {
      this.path = path;
    }

    @Override
    public Reader read() {
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("Migration " + path + " is listed but missing");
        }
        return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return path;
    }

    @Override
    public String getFilename() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
      return getFilename();
    }
  }
}
