package de.dortmund.miadoki.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's own views set no style attributes: their look comes from the style sheet, so that
 * the content security policy would not need inline styles for them (PrimeFaces' own needs are
 * listed in the README).
 */
class NoInlineStylesTest {

  private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=\\s*\"");

  @Test
  void noViewHasAStyleAttribute() throws IOException {
    List<String> found;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      found =
          files
              .filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".html"))
              .filter(
                  p -> {
                    try {
                      return STYLE_ATTRIBUTE.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(found).isEmpty();
  }
}
