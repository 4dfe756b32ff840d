package de.dortmund.miadoki.startup;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.TestPorts;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new installation as IT meets it, on a Payara Micro of its own started by this test without demo
 * data and with an empty database: without the portal's address the start stops with a message that
 * names the setting; with it and the setting for the first administrator, the link in the server
 * log lets that administrator set a password and sign in. Runs after the Arquillian suite (its own
 * failsafe execution), so that only one server runs at a time.
 */
class FirstStartIT {

  private static final Pattern LINK =
      Pattern.compile("at: (http://\\S+/password\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

  private Process server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void withoutThePortalsAddressTheStartStopsWithAMessageNamingTheSetting() throws Exception {
    int port = freePort();
    Path log = start("no-address", port, List.of());

    String said = awaitLog(log, "not configured", Duration.ofMinutes(3));
    assertThat(said)
        .contains("The portal's address is not configured")
        .contains("miadoki.portal.url")
        .contains("MIADOKI_PORTAL_URL");
    assertThat(health(port)).isNotEqualTo(200);
  }

  @Test
  void theFirstAdministratorSetsThePasswordThroughTheLinkInTheLogAndSignsIn() throws Exception {
    int port = freePort();
    String address = "http://localhost:" + port;
    Path log =
        start(
            "first-admin",
            port,
            List.of(
                "-Dmiadoki.portal.url=" + address,
                "-Dmiadoki.first-admin=It-Leitung",
                "-Dmiadoki.first-admin.email=it-leitung@example.org"));

    Matcher link =
        LINK.matcher(awaitLog(log, "First administrator created", Duration.ofMinutes(3)));
    assertThat(link.find()).as("the link in the log").isTrue();
    assertThat(link.group(1)).startsWith(address + "/password.xhtml?token=");
    awaitHealth(port);

    try (Browser browser = new Browser(new URL(address + "/"))) {
      browser.login("it-leitung", "irgendein-Passwort");
      assertThat(browser.currentPath()).as("no password works yet").startsWith("/login.xhtml");

      browser.driver().get(link.group(1));
      browser.checkAccessibility();
      browser.type("passwordForm:newPassword", "Erstes-Admin-Passwort");
      browser.type("passwordForm:repeatPassword", "Erstes-Admin-Passwort");
      browser.click(By.id("passwordForm:save"));
      browser.awaitText(By.id("passwordSet"), "gespeichert");
      browser.click(By.id("toLogin"));
      browser.login("it-leitung", "Erstes-Admin-Passwort");

      assertThat(browser.heading()).isEqualTo("Startseite");
      browser.click(By.linkText("Benutzerkonten"));
      assertThat(browser.text(By.id("users:table"))).contains("it-leitung");
      // no demo data: the administrator is the only account
      assertThat(browser.driver().findElements(By.cssSelector("#users\\:table tbody tr")))
          .hasSize(1);
    }
  }

  private Path start(String name, int port, List<String> settings) throws IOException {
    // a new installation: nothing left of an earlier run (Payara Micro keeps its H2 under it)
    Path dir = Path.of("target", "first-start", name);
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Files.createDirectories(dir);
    Path log = dir.resolve("server.log");
    // what IT's own set-up creates too: the mail session (server-config/payara)
    Path postboot = dir.resolve("postboot.asadmin");
    Files.writeString(
        postboot,
        "create-javamail-resource --mailhost 127.0.0.1 --mailuser miadoki"
            + " --fromaddress noreply@miadoki.local mail/miadoki\n");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Djava.io.tmpdir=" + dir.toAbsolutePath());
    command.addAll(settings);
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--nocluster",
            "--port",
            String.valueOf(port),
            "--contextroot",
            "/",
            "--postbootcommandfile",
            postboot.toAbsolutePath().toString(),
            "--rootdir",
            dir.resolve("payara").toAbsolutePath().toString(),
            "--deploy",
            new File(System.getProperty("it.war")).getAbsolutePath()));
    server =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return log;
  }

  /** Waits for a line of the log that contains {@code text}; returns the log from there on. */
  private String awaitLog(Path log, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String content = Files.readString(log, StandardCharsets.UTF_8);
      int at = content.indexOf(text);
      if (at >= 0) {
        return content.substring(Math.max(0, content.lastIndexOf('\n', at)));
      }
      assertThat(server.isAlive()).as("server running; its log: %s", content).isTrue();
      Thread.sleep(500);
    }
    throw new AssertionError(
        "No \"" + text + "\" in the server log: " + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void awaitHealth(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (health(port) != 200) {
      assertThat(System.nanoTime()).as("health check answers").isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  private static int health(int port) throws InterruptedException {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static int freePort() {
    return TestPorts.freeLoopbackPort();
  }
}
