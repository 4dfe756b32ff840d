package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.TestPorts;
import java.net.InetAddress;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The same WAR in mode {@code ldap}: the portal's login page, the password checked by the city's
 * directory (here an in-memory LDAP server in the test), the roles from the portal's accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryLoginIT {

  private static final String BASE = "dc=city,dc=example";
  private static final String STAFF = "ou=staff," + BASE;
  private static final String DIRECTORY_PASSWORD = "Verzeichnis-Passwort";
  private static final String PORTAL_PASSWORD = "Demo-Passwort-2026";
  private static InMemoryDirectoryServer directory;

  @Deployment(name = Deployments.DIRECTORY_LOGIN, testable = false)
  static WebArchive deployment() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials("cn=portal-search," + BASE, "Such-Passwort");
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "ldap", InetAddress.getLoopbackAddress(), TestPorts.freeLoopbackPort(), null));
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: city");
    directory.add(
        "dn: " + STAFF, "objectClass: top", "objectClass: organizationalUnit", "ou: staff");
    // the demo coordinator, with the address of the portal account: the same person
    person("koordination", "Kemal Koordinator", "koordination@miadoki.local", "MIA");
    person("zeynep.aydin", "Zeynep Aydın", "zeynep.aydin@stadt.example", "JUG");
    // the name of the demo juror's portal account, but someone else
    person("jury", "Jürgen Urban", "j.urban@stadt.example", "SOZ");
    person("bao.vu", "Vũ Bảo Ngọc", "bao.vu@stadt.example", "SOZ");
    directory.startListening();
    return Deployments.withLoginSettings(
        Deployments.portal(),
        Map.of(
            "mode",
            "ldap",
            "ldap.url",
            "ldap://127.0.0.1:" + directory.getListenPort(),
            "ldap.bind-dn",
            "cn=portal-search," + BASE,
            "ldap.bind-password",
            "Such-Passwort",
            "ldap.search-base",
            STAFF));
  }

  private static void person(String uid, String name, String mail, String department)
      throws Exception {
    directory.add(
        "dn: uid=" + uid + "," + STAFF,
        "objectClass: top",
        "objectClass: person",
        "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson",
        "uid: " + uid,
        "cn: " + name,
        "sn: " + name.substring(name.lastIndexOf(' ') + 1),
        "displayName: " + name,
        "mail: " + mail,
        "departmentNumber: " + department,
        "userPassword: " + DIRECTORY_PASSWORD);
  }

  @AfterAll
  static void stopDirectory() {
    if (directory != null) {
      directory.shutDown(true);
    }
  }

  @ArquillianResource URL base;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theDirectoryChecksThePasswordAndThePortalGivesTheRoles() {
    browser.open("/interpreting/requests.xhtml");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");

    browser.login("koordination", DIRECTORY_PASSWORD);

    // back at the page asked for, with the coordinator's role from the portal's account
    assertThat(browser.currentPath()).startsWith("/interpreting/requests.xhtml");
    assertThat(browser.find(By.id("requests:table")).isDisplayed()).isTrue();
    browser.open("/admin/users.xhtml");
    assertThat(browser.driver().getPageSource()).doesNotContain("userForm");

    // the account is the directory's now: the portal's own password no longer opens it
    browser.click(By.id("logoutForm:logout"));
    browser.login("koordination", PORTAL_PASSWORD);
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    assertThat(browser.text(By.id("pageMessages"))).isNotBlank();
  }

  @Test
  void staffSigningInForTheFirstTimeGetAStaffAccountWithTheDirectorysDepartment() {
    browser.login("zeynep.aydin", DIRECTORY_PASSWORD);

    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.text(By.id("currentUser"))).isEqualTo("Zeynep Aydın");
    assertThat(browser.text(By.id("roleCards"))).contains("Mitarbeiter/in");
    browser.click(By.id("logoutForm:logout"));

    // the administrator's portal account works on the same login page
    browser.login("admin", PORTAL_PASSWORD);
    browser.open("/admin/users.xhtml");
    browser.find(By.id("users:search")).sendKeys("zeynep");
    browser
        .await()
        .until(d -> d.findElements(By.cssSelector("#users\\:table tbody tr")).size() == 1);
    assertThat(browser.text(By.id("users:table")))
        .contains("zeynep.aydin")
        .contains("Zeynep Aydın")
        .contains("JUG")
        .contains("Mitarbeiter/in");
  }

  @Test
  void portalAccountsOfPeopleOutsideTheDirectoryKeepTheirPasswords() {
    browser.login("dolmetscher", PORTAL_PASSWORD);

    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.driver().findElements(By.linkText("Meine Einsätze"))).hasSize(1);
  }

  @Test
  void theDirectoryDoesNotHandSomeoneElsesPortalAccountToAPersonOfTheSameName() {
    browser.login("jury", DIRECTORY_PASSWORD);
    assertThat(browser.currentPath()).startsWith("/login.xhtml");

    browser.login("jury", PORTAL_PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");
    assertThat(browser.text(By.id("roleCards"))).contains("Jurymitglied");
  }

  @Test
  void someoneWhoLeftTheDirectoryLosesAccessAtTheNextSignIn() throws Exception {
    browser.login("bao.vu", DIRECTORY_PASSWORD);
    assertThat(browser.heading()).isEqualTo("Startseite");

    directory.delete("uid=bao.vu," + STAFF);
    try (Browser second = new Browser(base)) {
      second.login("bao.vu", DIRECTORY_PASSWORD);
      assertThat(second.currentPath()).startsWith("/login.xhtml");
    }

    // the account is deactivated: the session still open elsewhere ends at its next request
    browser.open("/account/settings.xhtml");
    assertThat(browser.currentPath()).startsWith("/login.xhtml");
  }
}
