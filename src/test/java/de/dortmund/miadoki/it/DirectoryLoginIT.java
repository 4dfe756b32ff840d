package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import de.dortmund.miadoki.it.support.Browser;
import de.dortmund.miadoki.it.support.Deployments;
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
  private static InMemoryDirectoryServer directory;

  @Deployment(name = Deployments.DIRECTORY_LOGIN, testable = false)
  static WebArchive deployment() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials("cn=portal-search," + BASE, "Such-Passwort");
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: city");
    directory.add(
        "dn: " + STAFF, "objectClass: top", "objectClass: organizationalUnit", "ou: staff");
    person("koordination", "Verzeichnis-Passwort");
    person("fremd", "Verzeichnis-Passwort");
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

  private static void person(String uid, String password) throws Exception {
    directory.add(
        "dn: uid=" + uid + "," + STAFF,
        "objectClass: top",
        "objectClass: person",
        "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson",
        "uid: " + uid,
        "cn: " + uid,
        "sn: " + uid,
        "userPassword: " + password);
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

    browser.login("koordination", "Verzeichnis-Passwort");

    // back at the page asked for, with the coordinator's role from the portal's account
    assertThat(browser.currentPath()).startsWith("/interpreting/requests.xhtml");
    assertThat(browser.find(By.id("requests:table")).isDisplayed()).isTrue();
    browser.open("/admin/users.xhtml");
    assertThat(browser.driver().getPageSource()).doesNotContain("userForm");
  }

  @Test
  void thePortalsOwnPasswordNoLongerOpensIt() {
    browser.login("koordination", "Demo-Passwort-2026");

    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    assertThat(browser.text(By.id("pageMessages"))).isNotBlank();
  }

  @Test
  void someoneOnlyInTheDirectoryHasNoRoles() {
    browser.login("fremd", "Verzeichnis-Passwort");

    assertThat(browser.currentPath()).startsWith("/index.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("a[href*='/interpreting/']")))
        .isEmpty();
  }
}
