package de.dortmund.miadoki.it.awards;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PdfDownloads;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An award in Chromium, from the public call to the published winners: someone nominates on a phone
 * without login and attaches a PDF; the award manager checks eligibility, records the nominee's
 * information and consents and hands the nomination to the jury; one juror declares a conflict and
 * is recused and refused the nomination, a second juror scores on a phone, the chair declares none,
 * scores, releases the scores and decides; the manager publishes and downloads the winners.
 * axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardsBrowserIT {

  private static final Pattern RECEIPT = Pattern.compile("IP-\\d{4}-\\d{5}");
  private static final String MANAGER = "preise";
  private static final String DEMO_PASSWORD = "Demo-Passwort-2026";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void nominatedInPublicCheckedConsentedRecusedScoredDecidedAndPublished() throws Exception {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties edition = fixtures.awardEdition("Ayşe Kaya", "Rezan Aslan", "Олена Коваль");
    String id = edition.getProperty("id");
    String[] jurors = edition.getProperty("jurors").split(",");
    String chair = jurors[0];
    String conflicted = jurors[1];
    String second = jurors[2];
    String password = edition.getProperty("password");
    Path letter = Files.createTempFile("Empfehlung Nguyễn ", ".pdf");
    Files.write(letter, "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    try (Browser browser = new Browser(base)) {
      // the public form, on a phone, without login, linked from the login page
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open("/login.xhtml");
      browser.click(By.linkText("Für einen Preis nominieren"));
      browser.click(By.linkText(edition.getProperty("title")));
      assertThat(browser.text(By.id("prize"))).isEqualTo(edition.getProperty("title"));
      browser.choose("nominate:categoryId", "Engagement von Einzelpersonen");
      browser.type("nominate:nomineeName", "Nguyễn Thị Hoa");
      browser.type(
          "nominate:justification", "Hat in Huckarde ein Nachbarschaftsfrühstück aufgebaut.");
      browser.type("nominate:cityConnection", "Wohnt seit 1994 in Dortmund.");
      browser.type("nominate:nominatorName", "Hêvî Demirtaş");
      browser.type("nominate:nominatorEmail", "hevi.demirtas@example.org");
      browser.driver().findElement(By.id("nominate:attachments")).sendKeys(letter.toString());
      assertThat(noSidewaysScrolling(browser)).isTrue();
      browser.click(By.id("nominate:submit"));
      String received = browser.awaitText(By.id("pageMessages"), "Eingangsnummer");
      Matcher receipt = RECEIPT.matcher(received);
      assertThat(receipt.find()).as("a receipt number in: %s", received).isTrue();
      browser.driver().manage().window().setSize(new Dimension(1280, 1000));

      // the manager closes the call, checks the nomination and records information and consent
      browser.login(MANAGER, DEMO_PASSWORD);
      browser.open("/awards/programme.xhtml?id=" + id);
      browser.click(By.id("steps:advance"));
      assertThat(browser.text(By.id("programmeStatus"))).isEqualTo("Prüfung der Voraussetzungen");
      browser.open("/awards/nominations.xhtml?programme=" + id);
      browser.click(By.linkText(receipt.group()));
      String nomination = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      assertThat(browser.text(By.id("attachments"))).contains("Empfehlung Nguyễn");
      String file = browser.find(By.cssSelector("#attachments a")).getAttribute("href");
      assertThat(download(browser, file).body()).startsWith("%PDF");
      browser.click(By.id("eligibility:eligible"));
      assertThat(browser.awaitText(By.id("pageMessages"), "zugelassen")).contains("zugelassen");
      browser.click(By.id("consent:informedByLetter"));
      assertThat(browser.text(By.id("informed"))).contains("Brief");
      browser.click(By.cssSelector("#consent\\:juryConsent .ui-chkbox-box"));
      browser.click(By.cssSelector("#consent\\:publicationConsent .ui-chkbox-box"));
      browser.click(By.id("consent:saveConsent"));
      assertThat(browser.awaitText(By.id("pageMessages"), "gespeichert"))
          .contains("Einwilligungen");
      browser.click(By.id("jury:shortlist"));
      assertThat(browser.text(By.id("nominationStatus"))).isEqualTo("In der Jury");
      browser.open("/awards/programme.xhtml?id=" + id);
      browser.click(By.id("steps:advance"));
      assertThat(browser.text(By.id("programmeStatus"))).isEqualTo("Jurybewertung");
      browser.click(By.id("logoutForm:logout"));

      // a juror who knows the nominee declares a conflict and takes no part
      browser.login(conflicted, password);
      browser.click(By.linkText("Jury"));
      browser.click(By.linkText("Nguyễn Thị Hoa"));
      assertThat(browser.text(By.id("nominator"))).isEqualTo("Hêvî Demirtaş");
      assertThat(browser.driver().getPageSource()).doesNotContain("Huckarde");
      browser.click(By.cssSelector("label[for='declare:conflict:1']"));
      browser.type("declare:reason", "Frau Nguyễn ist meine Nachbarin.");
      browser.click(By.id("declare:submit"));
      assertThat(browser.awaitText(By.id("pageMessages"), "befangen")).contains("Nguyễn Thị Hoa");
      assertThat(browser.text(By.id("myNominations"))).contains("Befangen");
      // and cannot open it, not even by its address
      browser.open("/awards/review.xhtml?id=" + nomination);
      assertThat(browser.heading()).isEqualTo("Kein Zugriff");
      assertThat(browser.driver().getPageSource()).doesNotContain("Huckarde");
      browser.click(By.id("logoutForm:logout"));

      // a second juror scores on a phone
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.login(second, password);
      browser.click(By.linkText("Jury"));
      browser.click(By.linkText("Nguyễn Thị Hoa"));
      browser.click(By.cssSelector("label[for='declare:conflict:0']"));
      browser.click(By.id("declare:submit"));
      browser.choose("score:criteria:0:score", "7");
      browser.choose("score:criteria:1:score", "7");
      browser.choose("score:criteria:2:score", "7");
      assertThat(noSidewaysScrolling(browser)).isTrue();
      browser.click(By.id("score:submit"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      assertThat(browser.awaitText(By.id("pageMessages"), "abgegeben")).contains("Nguyễn Thị Hoa");
      browser.click(By.id("logoutForm:logout"));

      // the chair declares no conflict and scores on a tablet-sized window
      browser.driver().manage().window().setSize(new Dimension(768, 1024));
      browser.login(chair, password);
      browser.click(By.linkText("Jury"));
      browser.click(By.linkText("Nguyễn Thị Hoa"));
      browser.click(By.cssSelector("label[for='declare:conflict:0']"));
      browser.click(By.id("declare:submit"));
      assertThat(browser.text(By.id("justification"))).contains("Huckarde");
      browser.choose("score:criteria:0:score", "8");
      browser.choose("score:criteria:1:score", "6");
      browser.choose("score:criteria:2:score", "9");
      browser.type("score:criteria:0:comment", "Wirkt weit über die Straße hinaus.");
      assertThat(noSidewaysScrolling(browser)).isTrue();
      browser.click(By.id("score:submit"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      assertThat(browser.awaitText(By.id("pageMessages"), "abgegeben")).contains("Nguyễn Thị Hoa");
      assertThat(browser.text(By.id("recusals"))).contains("Nachbarin");
      browser.click(By.id("chair:release"));
      assertThat(browser.awaitText(By.id("pageMessages"), "freigegeben")).contains("freigegeben");
      browser.driver().manage().window().setSize(new Dimension(1280, 1000));
      browser.click(By.id("chair:decision"));
      // the chair (8*3 + 6*2 + 9*1) / 6 = 7.5 and the second juror 7.0: mean 7.25
      assertThat(browser.text(By.cssSelector(".ranking")))
          .contains("Nguyễn Thị Hoa")
          .contains("7,25");
      browser.click(By.cssSelector("label[for='decide:places:0:winners:0']"));
      browser.click(By.cssSelector("#decide\\:places\\:1\\:notAwarded .ui-chkbox-box"));
      browser.click(By.cssSelector("#decide\\:places\\:2\\:notAwarded .ui-chkbox-box"));
      browser.click(By.id("decide:record"));
      assertThat(browser.awaitText(By.id("pageMessages"), "festgehalten")).contains("Entscheidung");
      assertThat(browser.text(By.id("programmeStatus"))).isEqualTo("Entschieden");
      browser.click(By.id("logoutForm:logout"));

      // the manager publishes and takes the winners to the press
      browser.login(MANAGER, DEMO_PASSWORD);
      browser.open("/awards/decision.xhtml?programme=" + id);
      browser.click(By.id("publish:publishButton"));
      assertThat(browser.text(By.id("programmeStatus"))).isEqualTo("Veröffentlicht");
      HttpResponse<String> csv =
          download(browser, browser.find(By.id("winnersCsv")).getAttribute("href"));
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.body()).contains("Nguyễn Thị Hoa").contains("5000,00");
      String pdf =
          PdfDownloads.text(
              PdfDownloads.download(
                  browser, browser.find(By.id("winnersPdf")).getAttribute("href")));
      assertThat(pdf).contains("Nguyễn Thị Hoa");
    } finally {
      Files.deleteIfExists(letter);
    }
  }

  private static boolean noSidewaysScrolling(Browser browser) {
    return Boolean.FALSE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
  }

  private static HttpResponse<String> download(Browser browser, String url) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response;
  }
}
