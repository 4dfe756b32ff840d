package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolPages;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

/**
 * The platform's seams as a user meets them: a change someone else made in between ends in "changed
 * by someone else" and overwrites nothing; a broken rule stands at its field; dates are typed and
 * shown in the format of the user's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenSeamsBrowserIT {

  private static final String PASSWORD = "Demo-Passwort-2026";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @Test
  void theSecondOfTwoPeopleChangingOneDepartmentIsToldAndOverwritesNothing() {
    String suffix = String.valueOf(System.nanoTime() % 100000);
    String name = "Amt für Prüfungen " + suffix;
    try (Browser first = new Browser(base);
        Browser second = new Browser(base)) {
      first.open("/login.xhtml");
      first.login("admin", PASSWORD);
      first.open("/organisation/departments.xhtml");
      first.type("department:name", name);
      first.type("department:shortName", "AP" + suffix);
      first.type("department:costCentre", "10/0001");
      first.driver().findElement(By.id("department:save")).click();
      first.awaitText(By.id("pageMessages"), "gespeichert");

      second.open("/login.xhtml");
      second.login("koordination", PASSWORD);
      second.open("/organisation/departments.xhtml");
      for (Browser b : new Browser[] {first, second}) {
        b.find(By.cssSelector("button[aria-label='Bearbeiten: " + name + "']")).click();
        b.awaitText(By.id("formTitle"), "ändern");
      }

      first.type("department:costCentre", "10/0002");
      first.driver().findElement(By.id("department:save")).click();
      assertThat(first.awaitText(By.id("pageMessages"), "gespeichert")).contains("gespeichert");

      second.type("department:costCentre", "10/0003");
      second.driver().findElement(By.id("department:save")).click();
      assertThat(second.awaitText(By.id("pageMessages"), "jemand anderem"))
          .contains("von jemand anderem geändert");
      second.checkAccessibility();

      second.open("/organisation/departments.xhtml");
      assertThat(second.text(By.id("list:table"))).contains(name).contains("10/0002");
      assertThat(second.text(By.id("list:table"))).doesNotContain("10/0003");
    }
  }

  @Test
  void anEnglishReaderTypesAndReadsDatesInTheEnglishFormatAndSeesRuleMessagesAtTheField() {
    Properties requester =
        new RemoteFixtures(base).account("Olena Kovalenko", "JUG", "REQUESTER,STAFF");
    LocalDateTime start =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusWeeks(7)
            .with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
            .atTime(9, 30);
    DateTimeFormatter english = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    try (Browser browser = new Browser(base)) {
      browser.open("/login.xhtml");
      browser.login(requester.getProperty("username"), requester.getProperty("password"));
      browser.click(By.id("languageForm:english"));
      browser.open("/interpreting/request-new.xhtml");
      assertThat(browser.heading()).isEqualTo("New request");

      // a place is required for an appointment on site: the message stands at the field
      PoolPagesInEnglish.fill(browser, "EN-" + (System.nanoTime() % 100000), start.format(english));
      browser.type("requestForm:address", " ");
      browser.driver().findElement(By.id("requestForm:save")).click();
      assertThat(browser.awaitText(By.id("requestForm:addressMessage"), "address")).isNotBlank();
      assertThat(browser.text(By.id("pageMessages"))).contains("Nothing was saved");
      browser.checkAccessibility();

      browser.type("requestForm:address", "Südwall 2-4, 44137 Dortmund");
      browser.driver().findElement(By.id("requestForm:save")).click();
      browser.awaitPath("/interpreting/request.xhtml");
      assertThat(browser.text(By.id("summaryTitle"))).contains(start.format(english));
      browser.click(By.id("languageForm:german"));
      assertThat(browser.text(By.id("summaryTitle"))).contains(start.format(PoolPages.INPUT));
    }
  }

  /** The new-request form in English, typed as an English reader would. */
  private static final class PoolPagesInEnglish {
    static void fill(Browser browser, String client, String start) {
      browser.choose("requestForm:language", "Arabic");
      browser.setValue("requestForm:startsAt_input", start);
      browser.choose("requestForm:district", "Innenstadt-West");
      browser.choose("requestForm:kind", "Counselling");
      browser.choose("requestForm:field", "Social services");
      browser.type("requestForm:clientReference", client);
      browser.choose("requestForm:fundingSource", "Department's own budget");
    }
  }
}
