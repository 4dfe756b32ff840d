package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Accounts as people meet them in the browser: the first sign-in of a fresh browser, an interpreter
 * invited by the coordination, a forgotten password. The mails arrive at GreenMail on the port the
 * server's mail session points to; their links lead to the configured address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

  private static final String DEMO_PASSWORD = "Demo-Passwort-2026";
  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;
  private Browser browser;
  private GreenMail smtp;

  @BeforeEach
  void start() {
    browser = new Browser(base);
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    browser.close();
    smtp.stop();
  }

  @Test
  void aFreshBrowserThatAskedForTheIconOnTheLoginPageLandsOnTheHomePageAfterSigningIn() {
    browser.open("/index.xhtml");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    // what a browser does by itself on the login page: it fetches the icon
    browser.driver().get(base.toExternalForm() + "favicon.ico");
    browser.open("/login.xhtml");

    browser.login("anfrage", DEMO_PASSWORD);

    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.currentPath()).startsWith("/index.xhtml");
  }

  @Test
  void aDownloadAskedForWithoutALoginIsNotWhereTheLoginLeads() {
    browser.open("/interpreting/requests.xhtml");
    browser.driver().get(base.toExternalForm() + "interpreting/costs.csv?from=2026-01&to=2026-02");
    browser.open("/login.xhtml");

    browser.login("koordination", DEMO_PASSWORD);

    // back at the page asked for, not at the download
    assertThat(browser.currentPath()).startsWith("/interpreting/requests.xhtml");
  }

  @Test
  void theAdministratorInvitesAJurorAndTheDemoOutboxShowsTheLink() {
    browser.open("/login.xhtml");
    browser.login("admin", DEMO_PASSWORD);
    browser.click(By.linkText("Einladungen"));
    assertThat(browser.heading()).isEqualTo("Einladungen");
    String username = PoolFixtures.unique("rezan").toLowerCase();

    browser.type("invitation:displayName", "Rêzan Aslan");
    browser.type("invitation:email", "keine-adresse");
    browser.type("invitation:username", username);
    browser.click(By.id("invitation:send"));
    assertThat(browser.awaitText(By.id("invitation:emailMessage"), "E-Mail"))
        .isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    assertThat(browser.text(By.id("invitation:rolesMessage"))).contains("Rolle");

    browser.type("invitation:email", username + "@example.org");
    browser
        .driver()
        .findElement(
            By.xpath("//*[@id='invitation:roles']//label[normalize-space()='Jurymitglied']"))
        .click();
    browser.click(By.id("invitation:send"));
    assertThat(browser.awaitText(By.id("pageMessages"), "unterwegs"))
        .contains("Rêzan Aslan")
        .contains(username + "@example.org");
    assertThat(browser.text(By.id("pending:table"))).contains(username).contains("Jurymitglied");

    // in a demo run the outbox stands in for a mail catcher
    browser.click(By.linkText("Postausgang"));
    browser.type("outbox:recipient", username);
    browser.click(By.id("outbox:filter"));
    browser.awaitText(By.id("outbox:table"), "Einladung in das MIA-DO-KI Portal");
    browser.driver().findElement(By.cssSelector("#outbox\\:table .ui-row-toggler")).click();
    String text = browser.awaitText(By.cssSelector("#outbox\\:table .mail-text"), "token=");
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).isTrue();
    browser.click(By.id("logoutForm:logout"));

    browser.driver().get(link.group());
    assertThat(browser.text(By.id("passwordFor"))).contains("Rêzan Aslan");
  }

  @Test
  void theCoordinationInvitesAnInterpreterWhoSetsAPasswordAndSignsIn() throws Exception {
    Properties interpreter = new RemoteFixtures(base).interpreterWithoutAccount("Aydın", "Şahin");
    String email = interpreter.getProperty("email");
    browser.open("/login.xhtml");
    browser.login("koordination", DEMO_PASSWORD);
    browser.open("/interpreting/profile.xhtml?id=" + interpreter.getProperty("id"));
    assertThat(browser.text(By.id("profileAccount"))).startsWith("keines");
    String username = browser.find(By.id("accountForm:username")).getAttribute("value");
    assertThat(username).startsWith("aydin.sahin");

    browser.click(By.id("accountForm:invite"));
    assertThat(browser.awaitText(By.id("pageMessages"), "Einladung"))
        .contains("Die Einladung ist unterwegs");
    assertThat(browser.text(By.id("profileAccount"))).isEqualTo(username);
    browser.click(By.id("logoutForm:logout"));

    String mail = awaitMail(email, "Einladung in das MIA-DO-KI Portal");
    assertThat(mail).contains("Guten Tag " + interpreter.getProperty("name")).contains(username);
    String link = link(mail);

    browser.driver().get(link);
    browser.checkAccessibility();
    assertThat(browser.text(By.id("passwordFor"))).contains("Willkommen").contains(username);
    browser.type("passwordForm:newPassword", "Mein-Passwort-2026");
    browser.type("passwordForm:repeatPassword", "Mein-Passwort-2027");
    browser.click(By.id("passwordForm:save"));
    assertThat(browser.awaitText(By.id("passwordForm:repeatPasswordMessage"), "überein"))
        .isEqualTo("Die beiden neuen Passwörter stimmen nicht überein.");
    browser.type("passwordForm:newPassword", "Mein-Passwort-2026");
    browser.type("passwordForm:repeatPassword", "Mein-Passwort-2026");
    browser.click(By.id("passwordForm:save"));
    assertThat(browser.awaitText(By.id("passwordSet"), "gespeichert")).contains("anmelden");

    browser.click(By.id("toLogin"));
    browser.login(username, "Mein-Passwort-2026");
    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.driver().findElements(By.linkText("Meine Einsätze"))).hasSize(1);

    // the link worked once
    browser.click(By.id("logoutForm:logout"));
    browser.driver().get(link);
    assertThat(browser.text(By.id("linkInvalid"))).contains("gilt nicht");
  }

  @Test
  void someoneWhoForgotThePasswordGetsALinkAndTheSameAnswerForUnknownNames() throws Exception {
    String name =
        new RemoteFixtures(base)
            .account("Olena Kovalenko", "SOZ", "REQUESTER")
            .getProperty("username");
    browser.open("/login.xhtml");
    browser.click(By.id("login:forgotten"));
    assertThat(browser.heading()).isEqualTo("Passwort vergessen");

    browser.type("forgottenForm:nameOrEmail", "niemand-" + name);
    browser.click(By.id("forgottenForm:send"));
    String unknownAnswer = browser.awaitText(By.id("forgottenSent"), "Wenn es");

    browser.open("/password-forgotten.xhtml");
    browser.type("forgottenForm:nameOrEmail", name + "@example.org");
    browser.click(By.id("forgottenForm:send"));
    assertThat(browser.awaitText(By.id("forgottenSent"), "Wenn es")).isEqualTo(unknownAnswer);

    String link = link(awaitMail(name + "@example.org", "Neues Passwort"));
    browser.driver().get(link);
    browser.type("passwordForm:newPassword", "Kurz");
    browser.type("passwordForm:repeatPassword", "Kurz");
    browser.click(By.id("passwordForm:save"));
    assertThat(browser.awaitText(By.id("passwordForm:newPasswordMessage"), "10"))
        .isEqualTo("Das Passwort muss mindestens 10 Zeichen lang sein.");
    browser.type("passwordForm:newPassword", "Wieder-da-2026");
    browser.type("passwordForm:repeatPassword", "Wieder-da-2026");
    browser.click(By.id("passwordForm:save"));
    browser.awaitText(By.id("passwordSet"), "gespeichert");

    browser.click(By.id("toLogin"));
    browser.login(name, PoolFixtures.PASSWORD);
    assertThat(browser.text(By.id("pageMessages")))
        .isEqualTo("Benutzername oder Passwort ist falsch.");
    browser.login(name, "Wieder-da-2026");
    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(smtp.getReceivedMessagesForDomain("niemand-" + name)).isEmpty();
  }

  /** The link of the mail, which points at the portal's configured address (this server). */
  private String link(String mail) {
    Matcher m = LINK.matcher(mail);
    assertThat(m.find()).as("a password link in: %s", mail).isTrue();
    assertThat(m.group()).contains(":" + base.getPort() + base.getPath());
    return m.group();
  }

  private String awaitMail(String recipient, String subjectStart) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
        if (message.getSubject().startsWith(subjectStart)) {
          return String.valueOf(message.getContent());
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("No mail \"" + subjectStart + "\" for " + recipient + " arrived");
  }
}
