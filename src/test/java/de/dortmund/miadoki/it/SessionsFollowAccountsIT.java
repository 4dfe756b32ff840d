package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.PortalHttp;
import de.dortmund.miadoki.it.support.RemoteFixtures;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator changes on an account reaches the sessions already open at their next
 * request, checked against the database (the test server keeps nothing cached): deactivation and a
 * new password end them, new roles open and close pages at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsFollowAccountsIT {

  private static final String REQUESTS = "/interpreting/requests.xhtml";

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  private String account(String name, String roles) {
    return new RemoteFixtures(base).account(name, "JUG", roles).getProperty("username");
  }

  private PortalHttp signedIn(String username, String password) {
    return new PortalHttp(base).login(username, password);
  }

  @Test
  void aDeactivatedAccountsOpenSessionEndsAtItsNextRequest() {
    String name = account("Mehmet Kaya", "REQUESTER");
    PortalHttp session = signedIn(name, PoolFixtures.PASSWORD);
    assertThat(session.get(REQUESTS).statusCode()).isEqualTo(200);

    new RemoteFixtures(base).changeAccount(name, "deactivate");

    expectSentToLogin(session.get(REQUESTS));
    // and it stays ended: the session is gone, not just this one request refused
    new RemoteFixtures(base).changeAccount(name, "activate");
    expectSentToLogin(session.get("/index.xhtml"));
  }

  @Test
  void newRolesCountFromTheNextRequestOn() {
    String name = account("Hêvîn Doğan", "REQUESTER");
    PortalHttp session = signedIn(name, PoolFixtures.PASSWORD);
    assertThat(session.get(REQUESTS).statusCode()).isEqualTo(200);

    new RemoteFixtures(base).changeAccount(name, "roles:STAFF");
    HttpResponse<String> refused = session.get(REQUESTS);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(session.get("/index.xhtml").statusCode()).as("still signed in").isEqualTo(200);

    new RemoteFixtures(base).changeAccount(name, "roles:STAFF,COORDINATOR");
    assertThat(session.get("/interpreting/interpreters.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordResetByTheAdministrationEndsTheOpenSessions() {
    String name = account("Trần Minh Khoa", "REQUESTER");
    PortalHttp first = signedIn(name, PoolFixtures.PASSWORD);
    PortalHttp second = signedIn(name, PoolFixtures.PASSWORD);

    new RemoteFixtures(base).changeAccount(name, "password:Neues-Passwort-2026");

    expectSentToLogin(first.get(REQUESTS));
    expectSentToLogin(second.get(REQUESTS));
    PortalHttp again = signedIn(name, "Neues-Passwort-2026");
    assertThat(again.get(REQUESTS).statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordSetThroughAMailedLinkEndsTheOpenSessions() {
    String name = account("Оксана Бондаренко", "REQUESTER");
    PortalHttp open = signedIn(name, PoolFixtures.PASSWORD);

    new RemoteFixtures(base).changeAccount(name, "link:Link-Passwort-2026");

    expectSentToLogin(open.get(REQUESTS));
    assertThat(signedIn(name, "Link-Passwort-2026").get(REQUESTS).statusCode()).isEqualTo(200);
  }

  private static void expectSentToLogin(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
  }
}
