package de.dortmund.miadoki.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PdfDownloads;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A training in Chromium, from registration to the checked certificate: a staff member registers,
 * the supervisor approves, the session is full and the supervisor books a second person who waits,
 * the first cancels and the second moves up; the trainer ticks attendance on a phone-sized window,
 * the manager issues the certificates, the participant downloads the PDF and its code checks out on
 * the public page; the participant gives anonymous feedback. axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingBrowserIT {

  private static final Pattern CODE = Pattern.compile("([A-Z2-9]{4}-){4}[A-Z2-9]{4}");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void registeredApprovedCancelledMovedUpAttendedCertifiedAndChecked() throws Exception {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties team = fixtures.trainingTeam("Ayşe Kaya", "Nguyễn Văn Minh");
    Properties session = fixtures.trainingSession(1, "AUTOMATIC", true);
    String password = team.getProperty("password");
    String sessionPage = "/training/session.xhtml?id=" + session.getProperty("id");

    try (Browser browser = new Browser(base)) {
      // Ayşe registers; her supervisor has to approve
      browser.login(team.getProperty("first"), password);
      browser.open(sessionPage);
      browser.assertRegularPage();
      browser.click(By.id("register:submit"));
      assertThat(browser.awaitText(By.id("myStatus"), "Genehmigung")).contains("Genehmigung");
      browser.click(By.id("logoutForm:logout"));

      // the supervisor approves her; the only place is hers, so Minh, booked next, waits
      browser.login(team.getProperty("supervisor"), password);
      browser.click(By.partialLinkText("warten auf Ihre Genehmigung"));
      browser.click(By.cssSelector("button.approve-button[aria-label$='Ayşe Kaya']"));
      assertThat(browser.awaitText(By.id("pageMessages"), "genehmigt")).contains("Ayşe Kaya");
      browser.open(sessionPage);
      browser.choose("team:person", "Nguyễn Văn Minh");
      browser.click(By.id("team:book"));
      assertThat(browser.awaitText(By.id("pageMessages"), "Buchung")).contains("eingegangen");
      browser.click(By.id("logoutForm:logout"));

      browser.login(team.getProperty("second"), password);
      browser.click(By.linkText("Meine Fortbildungen"));
      assertThat(browser.text(By.cssSelector(".registration-card")))
          .contains("Platz 1 auf der Warteliste");
      browser.click(By.id("logoutForm:logout"));

      // Ayşe cancels; Minh moves up at once (automatic policy)
      browser.login(team.getProperty("first"), password);
      browser.click(By.linkText("Meine Fortbildungen"));
      browser.click(By.cssSelector("button.cancel-button"));
      assertThat(browser.awaitText(By.id("pageMessages"), "storniert")).contains("storniert");
      browser.click(By.id("logoutForm:logout"));

      browser.login(team.getProperty("second"), password);
      browser.click(By.linkText("Meine Fortbildungen"));
      assertThat(browser.text(By.cssSelector(".registration-card"))).contains("Platz bestätigt");
      browser.click(By.id("logoutForm:logout"));

      // held yesterday: the trainer ticks attendance on a phone
      fixtures.holdTrainingYesterday(session.getProperty("id"));
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.login(session.getProperty("trainer"), password);
      browser.click(By.linkText("Teilnahme erfassen"));
      browser.click(By.partialLinkText(session.getProperty("title")));
      assertThat(browser.text(By.cssSelector(".attendance-card"))).contains("Nguyễn Văn Minh");
      browser.driver().findElement(By.cssSelector(".attendance-toggle")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "anwesend")).contains("Nguyễn Văn Minh");
      assertThat(browser.find(By.cssSelector(".attendance-toggle")).getAttribute("aria-pressed"))
          .isEqualTo("true");
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(overflow).as("no sideways scrolling at 390 px").isEqualTo(false);
      browser.checkAccessibility();
      browser.click(By.id("logoutForm:logout"));
      browser.driver().manage().window().setSize(new Dimension(1280, 1000));

      // the manager issues the certificates
      browser.login("fortbildung", "Demo-Passwort-2026");
      browser.open("/training/session-edit.xhtml?id=" + session.getProperty("id"));
      browser.click(By.id("actions:certificates"));
      assertThat(browser.awaitText(By.id("pageMessages"), "ausgestellt")).contains("1 ");
      browser.click(By.id("logoutForm:logout"));

      // Minh downloads the certificate; its code checks out on the public page
      browser.login(team.getProperty("second"), password);
      browser.click(By.linkText("Meine Fortbildungen"));
      String pdfUrl = browser.find(By.cssSelector("a.certificate-link")).getAttribute("href");
      String text = PdfDownloads.text(PdfDownloads.download(browser, pdfUrl));
      assertThat(text).contains("Nguyễn Văn Minh").contains(session.getProperty("title"));
      Matcher code = CODE.matcher(text);
      assertThat(code.find()).as("a code in the certificate: %s", text).isTrue();

      // and gives anonymous feedback, once
      browser.click(By.cssSelector("a.feedback-link"));
      for (String question : new String[] {"content", "trainer", "organisation", "usefulness"}) {
        browser
            .driver()
            .findElement(By.cssSelector("label[for='feedback:" + question + ":3']"))
            .click();
      }
      browser.click(By.id("feedback:send"));
      assertThat(browser.awaitText(By.id("pageMessages"), "Vielen Dank")).contains("Vielen Dank");
      assertThat(browser.driver().findElements(By.cssSelector("a.feedback-link"))).isEmpty();
      browser.click(By.id("logoutForm:logout"));

      browser.open("/verify.xhtml");
      browser.driver().findElement(By.id("verifyForm:code")).sendKeys(code.group());
      browser.click(By.id("verifyForm:check"));
      assertThat(browser.text(By.id("verifyOutcome"))).contains("echt und gültig");
      assertThat(browser.text(By.id("verifyName"))).isEqualTo("Nguyễn Văn Minh");
    }
  }
}
