package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Real Chromium against the deployed portal, as the demo accounts; axe-core on every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  private static final String PASSWORD = "Demo-Passwort-2026";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void start() {
    browser = new Browser(base);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private List<String> menuEntries() {
    return browser.driver().findElements(By.cssSelector("#mainMenu .menu-link")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  @ParameterizedTest(name = "{0} sees the menu of role {1}")
  @CsvSource({
    "admin, Administration, Stammdaten|Einladungen|Benutzerkonten|Protokoll|Fachbereiche|Postausgang|Aufbewahrung|Über das Portal",
    "koordination, Koordination Dolmetscherpool, Einsatzanfragen|Neue Anfrage|Dolmetschende|Kalender|Abrechnungen|Berichte|Stammdaten|Regeln|Einladungen|Fachbereiche",
    "anfrage, Anfragende Stelle, Einsatzanfragen|Neue Anfrage|Fortbildungsangebot|Meine Fortbildungen|Nominieren",
    "dolmetscher, Dolmetscher/in, Mein Profil|Meine Einsätze|Kalender|Abrechnungen",
    "fortbildung, Fortbildungsverwaltung, 'Fortbildungsangebot|Termine verwalten|Anmeldungen|Teilnahme erfassen|Statistik|Kurse, Räume, Trainer/innen|Einladungen'",
    "leitung, Führungskraft, Fortbildungsangebot|Meine Fortbildungen|Genehmigungen|Nominieren",
    "mitarbeiter, Mitarbeiter/in, Fortbildungsangebot|Meine Fortbildungen|Nominieren",
    "preise, Preisverwaltung, Nominieren|Nominierungen|Ausschreibungen|Auskunft zu Nominierten|Einladungen",
    "jury, Jurymitglied, Jury",
    "trainerin, Trainer/in, Teilnahme erfassen"
  })
  void eachDemoRoleLogsInAndSeesOnlyWhatItsRolesMayOpen(
      String username, String roleName, String moduleEntries) {
    browser.open("/index.xhtml");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");

    browser.login(username, PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.text(By.id("roleCards"))).contains(roleName);
    List<String> expected = new ArrayList<>(List.of("Startseite", "Mein Konto"));
    if (!moduleEntries.isBlank()) {
      expected.addAll(List.of(moduleEntries.split("\\|")));
    }
    assertThat(menuEntries()).containsExactlyElementsOf(expected);
    // every screen of the menu opens for the role (and passes axe-core, as every click does)
    for (String entry : expected) {
      browser.click(By.linkText(entry));
      browser.assertRegularPage();
      assertThat(browser.heading()).as(entry).isNotBlank();
    }
    if (username.equals("admin")) {
      browser.click(By.linkText("Benutzerkonten"));
      assertThat(browser.heading()).isEqualTo("Benutzerkonten");
      assertThat(browser.text(By.id("users:table"))).contains("Ada Admin");
      browser.click(By.linkText("Protokoll"));
      assertThat(browser.heading()).isEqualTo("Protokoll");
    } else {
      browser.open("/admin/users.xhtml");
      assertThat(browser.heading()).isEqualTo("Kein Zugriff");
    }
  }

  @Test
  void theSessionIdChangesAtLogin() {
    browser.open("/login.xhtml");
    String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    browser.login("anfrage", PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");
    String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void theAdministratorCreatesAnAccountWithFieldMessagesForBadInputAndFindsItInTheAuditLog() {
    browser.open("/login.xhtml");
    browser.login("admin", PASSWORD);
    browser.click(By.linkText("Benutzerkonten"));
    String username = "neu" + System.nanoTime() % 100000;

    browser.driver().findElement(By.id("users:create")).click();
    browser.find(By.id("userForm:username")).sendKeys(username);
    browser.find(By.id("userForm:displayName")).sendKeys("Nora Neu");
    browser.find(By.id("userForm:email")).sendKeys("keine-adresse");
    browser.find(By.id("userForm:password")).sendKeys("ein-sicheres-passwort");
    browser.driver().findElement(By.id("userForm:save")).click();
    assertThat(browser.awaitText(By.id("userForm:emailMessage"), "E-Mail"))
        .isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    browser.checkAccessibility();

    browser.find(By.id("userForm:email")).clear();
    browser.find(By.id("userForm:email")).sendKeys(username + "@example.org");
    // a password field is never sent back to the browser: after an error it is typed again
    browser.find(By.id("userForm:password")).sendKeys("ein-sicheres-passwort");
    browser.driver().findElement(By.id("userForm:save")).click();
    assertThat(browser.awaitText(By.id("pageMessages"), username))
        .contains("„" + username + "“ wurde angelegt");
    browser.find(By.id("users:search")).sendKeys(username);
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#users\\:table tbody tr")).size() == 1);
    assertThat(browser.text(By.id("users:table"))).contains("Nora Neu");

    browser.click(By.linkText("Protokoll"));
    browser.find(By.id("auditFilter:person")).sendKeys(username);
    browser.click(By.id("auditFilter:filter"));
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("auditFilter:table")).getText().contains("angelegt"));
    assertThat(browser.text(By.id("auditFilter:table"))).contains("admin").contains(username);
  }

  @Test
  void aWrongPasswordShowsTheMessageAtTheFormAndDoesNotLogIn() {
    browser.open("/login.xhtml");
    browser.login("mitarbeiter", "falsches-passwort");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    assertThat(browser.text(By.id("pageMessages")))
        .isEqualTo("Benutzername oder Passwort ist falsch.");
  }

  @Test
  void switchingToEnglishChangesTheTextsAndIsRememberedForTheAccount() {
    browser.open("/login.xhtml");
    browser.login("jury", PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");

    browser.click(By.id("languageForm:english"));
    assertThat(browser.heading()).isEqualTo("Home");
    assertThat(menuEntries()).containsExactly("Home", "My account", "Jury");
    assertThat(browser.text(By.id("logoutForm:logout"))).isEqualTo("Log out");

    browser.click(By.id("logoutForm:logout"));
    browser.login("jury", PASSWORD);
    assertThat(browser.heading()).isEqualTo("Home");

    browser.click(By.id("languageForm:german"));
    assertThat(browser.heading()).isEqualTo("Startseite");
  }

  @Test
  void logoutEndsTheSessionAndReturnsToTheLogin() {
    browser.open("/login.xhtml");
    browser.login("preise", PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");
    browser.click(By.id("logoutForm:logout"));
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    browser.open("/index.xhtml");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
  }

  @Test
  void unknownPagesShowTheNotFoundPageWithoutAStackTrace() {
    browser.open("/login.xhtml");
    browser.login("leitung", PASSWORD);
    browser.open("/gibt-es-nicht.xhtml");
    assertThat(browser.heading()).isEqualTo("Nicht gefunden");
    assertThat(browser.driver().getPageSource())
        .doesNotContain("Exception")
        .doesNotContain("at de.");
  }

  @Test
  void aFormWhoseViewExpiredShowsTheExpiredPageWithoutAStackTrace() {
    browser.open("/login.xhtml");
    browser.login("admin", PASSWORD);
    browser.open("/admin/audit.xhtml");
    String first = browser.driver().getWindowHandle();
    // the server keeps 6 views per session: 20 more in another tab push the first one out (the
    // home page, which has no view-scoped bean: a page with one gives its view back when left)
    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    String home = base.toExternalForm().replaceAll("/$", "") + "/index.xhtml";
    for (int i = 0; i < 20; i++) {
      browser.driver().get(home);
    }
    // back to the first tab; the other stays open (closing a tab in headless Chromium can hang)
    browser.driver().switchTo().window(first);
    browser.driver().findElement(By.id("auditFilter:filter")).click();
    assertThat(browser.awaitText(By.tagName("h1"), "Sitzung")).isEqualTo("Sitzung abgelaufen");
    assertThat(browser.driver().getPageSource())
        .doesNotContain("Caused by")
        .doesNotContain("at de.");
    browser.checkAccessibility();
  }

  @Test
  void theAccessibilityStatementIsPublic() {
    browser.open("/accessibility.xhtml");
    assertThat(browser.heading()).isEqualTo("Erklärung zur Barrierefreiheit");
  }
}
