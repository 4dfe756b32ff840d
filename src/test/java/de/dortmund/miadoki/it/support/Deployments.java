package de.dortmund.miadoki.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the real WAR the build produced, so what is
 * tested is what IT deploys. In-container tests add their helpers on top.
 */
public final class Deployments {

  private Deployments() {}

  /** The portal WAR exactly as built, for tests that drive it from outside (HTTP, browser). */
  public static WebArchive portal() {
    String path = System.getProperty("it.war", "target/miadoki-portal.war");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "miadoki-portal.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /**
   * The portal WAR with the in-container test helpers: a controllable caller identity, and the test
   * runner's servlet let through the login (everything else stays protected).
   */
  public static WebArchive portalWithTestSupport() {
    WebArchive archive =
        withLibraryOf(
            portal().addClasses(Deployments.class, TestCaller.class, PoolFixtures.class),
            org.assertj.core.api.Assertions.class);
    return withPublicPaths(archive, "/ArquillianServletRunnerEE9");
  }

  /** Lets the given paths through without a login; everything else stays protected. */
  public static WebArchive withPublicPaths(WebArchive archive, String... paths) {
    String webXml = read(archive, "/WEB-INF/web.xml");
    StringBuilder patterns = new StringBuilder("<url-pattern>/login.xhtml</url-pattern>");
    for (String path : paths) {
      patterns.append("\n      <url-pattern>").append(path).append("</url-pattern>");
    }
    String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>", patterns);
    if (opened.equals(webXml)) {
      throw new IllegalStateException("web.xml has no public login pattern to extend");
    }
    archive.delete("/WEB-INF/web.xml");
    return archive.setWebXML(new StringAsset(opened));
  }

  /**
   * The WAR with sign-in settings (see {@code LoginSettings}) packed in, as a test's stand-in for
   * the system properties IT sets on the server.
   */
  public static WebArchive withLoginSettings(WebArchive archive, Map<String, String> settings) {
    StringBuilder properties = new StringBuilder();
    settings.forEach(
        (key, value) ->
            properties.append("miadoki.login.").append(key).append('=').append(value).append('\n'));
    return archive.addAsResource(
        new StringAsset(properties.toString()), "miadoki-login.properties");
  }

  private static String read(WebArchive archive, String path) {
    try (InputStream in = archive.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the jar a class was loaded from, e.g. a test library the server does not have. */
  public static WebArchive withLibraryOf(WebArchive archive, Class<?>... classes) {
    for (Class<?> type : classes) {
      try {
        File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        archive.addAsLibrary(jar);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return archive;
  }
}
