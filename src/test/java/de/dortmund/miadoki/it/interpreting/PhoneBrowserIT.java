package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * The interpreter's pages on a phone, 390 px wide: offers, appointments, the close-out report,
 * statements and profile show every field stacked, with nothing wider than the window and no
 * clipped text; the interpreter accepts the offer of a weekly series (every date is booked) and
 * reports an appointment there. axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void theInterpreterAcceptsASeriesOfferAndReportsAnAppointmentOnAPhone() {
    RemoteFixtures fixtures = new RemoteFixtures(base);
    Properties interpreter = fixtures.interpreter("Tuấn", "Lê Văn");
    String id = interpreter.getProperty("id");
    Properties offer = fixtures.offer(id, "SOZ", 3);
    LocalDateTime first = LocalDateTime.parse(offer.getProperty("startsAt"));
    String offered = first.format(SHOWN);
    LocalDateTime held = LocalDate.now(BERLIN).minusDays(3).atTime(9, 0);
    fixtures.held(id, "SOZ", held);

    try (Browser browser = new Browser(base)) {
      browser.phone();
      browser.open("/login.xhtml");
      browser.assertFitsWidth();
      browser.login(interpreter.getProperty("username"), interpreter.getProperty("password"));
      browser.click(By.linkText("Meine Einsätze"));
      browser.assertFitsWidth();

      // the series' offer, stacked: its dates and both buttons on the phone's width
      WebElement offerRow = rowWith(browser, "#offers\\:table_data tr", offered);
      assertThat(offerRow.getText())
          .contains("Serie: 3 Termine")
          .contains(first.plusWeeks(2).format(SHOWN));
      assertThat(offerRow.findElement(By.cssSelector(".accept-button")).isDisplayed()).isTrue();
      offerRow.findElement(By.cssSelector(".accept-button")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "eingeteilt")).contains("eingeteilt");
      browser.checkAccessibility();
      browser.assertFitsWidth();
      for (int week = 0; week < 3; week++) {
        assertThat(browser.text(By.id("upcoming"))).contains(first.plusWeeks(week).format(SHOWN));
      }

      // the appointment three days ago: actual times and travel, reported from the phone
      String day = held.format(SHOWN);
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#report\\:table_data tr"));
      int row = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).getText().contains(day)) {
          row = i;
        }
      }
      assertThat(row).as("the held appointment among those to report").isNotNegative();
      browser.setValue("report:table:" + row + ":start_input", "09:05");
      browser.setValue("report:table:" + row + ":end_input", "10:20");
      browser.type("report:table:" + row + ":km_input", "7");
      rows = browser.driver().findElements(By.cssSelector("#report\\:table_data tr"));
      rows.get(row).findElement(By.cssSelector(".report-button")).click();
      assertThat(browser.awaitText(By.id("pageMessages"), "Gemeldet")).contains("Gemeldet");
      browser.checkAccessibility();
      browser.assertFitsWidth();

      for (String page : List.of("Abrechnungen", "Mein Profil", "Kalender")) {
        browser.click(By.linkText(page));
        browser.assertFitsWidth();
      }
    }
  }

  private static WebElement rowWith(Browser browser, String rows, String text) {
    browser.awaitText(By.cssSelector(rows.substring(0, rows.indexOf(' '))), text);
    return browser.driver().findElements(By.cssSelector(rows)).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow();
  }
}
