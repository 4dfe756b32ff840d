package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PdfDownloads;
import de.dortmund.miadoki.it.support.PoolPages;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The close-out in Chromium: the interpreter reports the hours, the requester confirms, the
 * coordinator issues the month, a second coordinator approves it, the interpreter downloads the
 * statement and its total is the expected one; the calendar shows the assignment and the report's
 * chart renders. axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloseOutBrowserIT {

  private static String monthLabel(YearMonth month) {
    return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.GERMAN)
        + " "
        + month.getYear();
  }

  private static final String PASSWORD = "Demo-Passwort-2026";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void reportedConfirmedIssuedAndTheDownloadedStatementShowsTheExpectedTotal() throws Exception {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    // an interpreter of this test's own: the statement holds only this appointment
    Properties interpreter = fixtures.interpreter("Rojda", "Aydın Şeker");
    String name = interpreter.getProperty("name");
    String client = "CO-" + (System.nanoTime() % 100000);
    YearMonth month = YearMonth.now(BERLIN).minusMonths(2);
    LocalDateTime held = month.atDay(10).atTime(10, 0);

    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login("anfrage", PASSWORD);
      browser.click(By.linkText("Neue Anfrage"));
      LocalDate future =
          LocalDate.now(BERLIN).plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
      PoolPages.fillArabicCounselling(browser, client, future.atTime(10, 0));
      browser.driver().findElement(By.id("requestForm:save")).click();
      browser.awaitPath("/interpreting/request.xhtml");
      String requestPath = browser.currentPath();
      browser.click(By.id("logoutForm:logout"));

      browser.login("koordination", PASSWORD);
      browser.open(requestPath);
      PoolPages.candidateRow(browser, name).findElement(By.cssSelector(".assign-button")).click();
      assertThat(browser.awaitText(By.id("requestStatus"), "eingeplant")).isEqualTo("eingeplant");
      browser.click(By.id("logoutForm:logout"));

      fixtures.move(client, held);

      // the interpreter reports 150 minutes and 12 km: EUR 25 + 10 (third hour) + 10 travel
      browser.login(interpreter.getProperty("username"), interpreter.getProperty("password"));
      browser.click(By.linkText("Meine Einsätze"));
      int row = reportRow(browser, held);
      browser.setValue("report:table:" + row + ":start_input", "10:00");
      browser.setValue("report:table:" + row + ":end_input", "12:30");
      browser.type("report:table:" + row + ":km_input", "12");
      browser
          .driver()
          .findElements(By.cssSelector("#report\\:table_data tr"))
          .get(row)
          .findElement(By.cssSelector(".report-button"))
          .click();
      assertThat(browser.awaitText(By.id("pageMessages"), "Gemeldet")).contains("Gemeldet");
      browser.checkAccessibility();

      // the interpreter enters the bank account: a mistyped IBAN is named at its field
      browser.click(By.linkText("Mein Profil"));
      browser.type("payForm:accountHolder", "Rojda Aydın Şeker");
      browser.type("payForm:iban", "DE02 1203 0000 0000 2020 52");
      browser.click(By.id("payForm:savePay"));
      assertThat(browser.awaitText(By.id("payForm:ibanMessage"), "IBAN")).contains("Prüfziffer");
      assertThat(browser.text(By.id("payForm:accountHolderMessage"))).contains("Rojda Aydin Seker");
      browser.type("payForm:accountHolder", "Rojda Aydin Seker");
      browser.type("payForm:iban", "de02 1203 0000 0000 2020 51");
      browser.click(By.id("payForm:savePay"));
      assertThat(browser.awaitText(By.id("pageMessages"), "gespeichert"))
          .contains("Bankverbindung");
      assertThat(browser.driver().findElement(By.id("payForm:iban")).getAttribute("value"))
          .isEqualTo("DE02 1203 0000 0000 2020 51");
      browser.checkAccessibility();
      browser.click(By.id("logoutForm:logout"));

      // the requester finds it among the requests waiting for confirmation
      browser.login("anfrage", PASSWORD);
      browser.click(By.partialLinkText("warten auf Bestätigung"));
      browser.click(rowLink(browser, client));
      assertThat(browser.text(By.id("actualTime"))).contains("10:00").contains("12:30");
      browser.screenshot("request-page-reported");
      browser.click(By.id("closeOutForm:confirm"));
      assertThat(browser.awaitText(By.id("requestStatus"), "erledigt")).isEqualTo("erledigt");
      browser.click(By.id("logoutForm:logout"));

      // the coordinator issues last month: it takes every confirmed appointment up to its end
      browser.login("koordination", PASSWORD);
      browser.click(By.linkText("Abrechnungen"));
      browser.driver().findElement(By.id("statements:issue")).click();
      browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "ausgestellt")).contains("ausgestellt");
      browser.checkAccessibility();
      // four eyes: the issuer sees it waiting for a second person, without a button
      WebElement issuedRow = statementRow(browser, name);
      assertThat(issuedRow.getText()).contains("wartet auf Freigabe");
      assertThat(issuedRow.findElements(By.cssSelector(".approve-button"))).isEmpty();
      browser.click(By.id("logoutForm:logout"));

      browser.login("koordination2", PASSWORD);
      browser.click(By.linkText("Abrechnungen"));
      statementRow(browser, name).findElement(By.cssSelector(".approve-button")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "freigegeben")).contains(name);
      assertThat(statementRow(browser, name).getText())
          .contains("zahlbar")
          .contains("koordination2");
      browser.checkAccessibility();
      // another month's list, then back: the menu reloads the table
      YearMonth last = YearMonth.now(BERLIN).minusMonths(1);
      browser.choose("statements:month", monthLabel(last.minusMonths(1)));
      assertThat(browser.text(By.id("statements:table"))).doesNotContain(name);
      browser.choose("statements:month", monthLabel(last));
      assertThat(browser.awaitText(By.id("statements:table"), name)).contains("zahlbar");

      // the city's paying account, then a payment run with the statement in its SEPA file
      browser.click(By.linkText("Regeln"));
      browser.type("rules:payerName", "Stadt Dortmund");
      browser.type("rules:payerIban", "DE89 3704 0044 0532 0130 00");
      browser.click(By.id("rules:save"));
      assertThat(browser.awaitText(By.id("history"), "Stadt Dortmund"))
          .contains("DE89 3704 0044 0532 0130 00");
      browser.click(By.linkText("Abrechnungen"));
      browser.driver().findElement(By.id("payment:createRun")).click();
      browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "Zahlungslauf")).contains("Überweisung");
      assertThat(browser.find(By.cssSelector(".sepa-link")).isDisplayed()).isTrue();
      String sepa =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeAsyncScript(
                      "var done = arguments[arguments.length - 1];"
                          + "fetch(document.querySelector('.sepa-link').href)"
                          + ".then(r => r.text()).then(done);");
      assertThat(sepa)
          .contains("pain.001.001.09")
          .contains("<Nm>Rojda Aydin Seker</Nm>")
          .contains("<IBAN>DE02120300000000202051</IBAN>");
      assertThat(statementRow(browser, name).getText()).contains("zahlbar");
      browser.checkAccessibility();

      // the pool calendar, filtered to the interpreter, shows the appointment in its month
      browser.click(By.linkText("Kalender"));
      browser.pickSuggestion("calendar:interpreter", name.substring(name.indexOf(' ') + 1), name);
      browser.driver().findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
      for (int i = 0; i < 2; i++) {
        browser.driver().findElement(By.cssSelector(".fc-prev-button")).click();
        browser.waitForAjax();
      }
      assertThat(browser.awaitText(By.id("calendar:schedule"), name))
          .contains("Arabisch · " + name);
      browser.checkAccessibility();

      // the report's chart renders
      browser.click(By.linkText("Berichte"));
      WebElement canvas = browser.find(By.cssSelector("#report\\:requestsChart canvas"));
      assertThat(canvas.getSize().getWidth()).isPositive();
      assertThat(canvas.getSize().getHeight()).isPositive();
      browser.click(By.id("logoutForm:logout"));

      // the interpreter downloads the statement: its total is the expected one
      browser.login(interpreter.getProperty("username"), interpreter.getProperty("password"));
      browser.click(By.linkText("Abrechnungen"));
      String pdfUrl = browser.find(By.cssSelector("a.pdf-link")).getAttribute("href");
      String text = PdfDownloads.text(PdfDownloads.download(browser, pdfUrl));
      assertThat(text).contains(name).contains("Summe 45,00 €");
    }
  }

  /** The statements table's row of the interpreter. */
  private static WebElement statementRow(Browser browser, String name) {
    browser.awaitText(By.id("statements:table"), name);
    return browser.driver().findElements(By.cssSelector("#statements\\:table_data tr")).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }

  /** The link of the request list's row that shows the client reference. */
  private static By rowLink(Browser browser, String client) {
    browser.awaitText(By.id("requests:table"), client);
    return By.xpath(
        "//tbody[@id='requests:table_data']/tr[td[normalize-space()='" + client + "']]//a");
  }

  /** The index of the row of the appointment at {@code held} in the report table. */
  private static int reportRow(Browser browser, LocalDateTime held) {
    String day =
        held.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    var rows = browser.driver().findElements(By.cssSelector("#report\\:table_data tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(day)) {
        return i;
      }
    }
    throw new AssertionError("No appointment of " + day + " to report");
  }
}
