package de.dortmund.miadoki.it.support;

import com.icegreen.greenmail.util.GreenMail;
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
 * tested is what IT deploys, with test helpers added on top. Classes that name the same deployment
 * share one deployed copy for the whole run (see {@code SharedDeployments}), so each name must
 * always stand for the same archive.
 */
public final class Deployments {

  /** The portal with every test helper: in-container, HTTP and browser tests. */
  public static final String TESTS = "portal-tests";

  /** The portal with sign-in against a directory (LDAP). */
  public static final String DIRECTORY_LOGIN = "portal-directory-login";

  /** The portal with sign-in at an OpenID Connect provider. */
  public static final String SINGLE_SIGN_ON = "portal-single-sign-on";

  private static final String TEST_PACKAGE = "de.dortmund.miadoki.it";

  private Deployments() {}

  /** The portal WAR exactly as built. */
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
   * The deployment under {@link #TESTS}: the portal plus all test classes (the in-container ones
   * run inside it), a controllable caller identity that keeps the signed-in person for browser
   * requests, data fixtures over HTTP for browser tests, a failing servlet and page for the error
   * page test, and the libraries the in-container tests use. Test helpers are reachable without a
   * login; everything of the portal stays protected as in production.
   */
  public static WebArchive forTests() {
    WebArchive archive =
        portal()
            .addPackages(true, path -> !path.get().contains("/it/arquillian/"), TEST_PACKAGE)
            .addAsWebResource(
                new StringAsset(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>#{failingBean.value}</body></html>"),
                "it-failure-page.xhtml")
            // the ISO 20022 schema the payment tests validate the SEPA file against
            .addAsResource("pain.001.001.09.xsd");
    withLibraryOf(archive, org.assertj.core.api.Assertions.class, GreenMail.class);
    withLibraryOf(archive, org.slf4j.Logger.class);
    return withPublicPaths(archive, TestPages.PATHS.toArray(String[]::new));
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
  private static void withLibraryOf(WebArchive archive, Class<?>... classes) {
    for (Class<?> type : classes) {
      try {
        File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        archive.addAsLibrary(jar);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
