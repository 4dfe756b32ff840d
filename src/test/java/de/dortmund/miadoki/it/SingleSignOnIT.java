package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.FakeOpenIdProvider;
import de.dortmund.miadoki.it.support.PortalHttp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same WAR in mode {@code oidc}: staff sign in at the city's OpenID Connect provider (here a
 * stand-in in the test) and get their portal account at the first sign-in, the roles still the
 * portal's; the portal's own accounts sign in with their password on the same login page; a forged
 * or unasked-for answer of the provider signs nobody in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private static FakeOpenIdProvider provider;

  @Deployment(name = Deployments.SINGLE_SIGN_ON, testable = false)
  static WebArchive deployment() {
    provider =
        FakeOpenIdProvider.start()
            // the demo coordinator, with the portal account's address: the same person
            .addPerson(
                "koordination",
                "sso-Passwort",
                "Kemal Koordinator",
                "koordination@miadoki.local",
                "MIA")
            .addPerson(
                "hanna.nguyen", "sso-Passwort", "Hanna Nguyễn", "h.nguyen@stadt.example", "SOZ");
    return Deployments.withLoginSettings(
        Deployments.portal(),
        Map.of(
            "mode", "oidc",
            "oidc.provider", provider.issuer(),
            "oidc.client-id", provider.clientId(),
            "oidc.client-secret", provider.clientSecret()));
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  @ArquillianResource URL base;

  private HttpClient browser = freshBrowser();

  private static HttpClient freshBrowser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * The portal as the test servers' configured address names it ({@code miadoki.portal.url}): the
   * provider sends the browser back there, so the session's cookie must belong to that host.
   */
  private String root() {
    return "http://localhost:" + base.getPort() + base.getPath().replaceAll("/$", "");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Opens a portal page, lands on the login page, follows its button to the provider's form and
   * signs in there.
   */
  private HttpResponse<String> signIn(String page, String username, String password)
      throws Exception {
    HttpResponse<String> login = get(root() + page);
    assertThat(login.uri().getPath()).endsWith("/login.xhtml");
    HttpResponse<String> form = get(root() + "/sso");
    assertThat(form.uri().toString()).startsWith(provider.issuer());
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form.body());
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    assertThat(fields).containsKeys("client_id", "redirect_uri", "state", "nonce");
    fields.put("username", username);
    fields.put("password", password);
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(form.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theProviderSignsInAndThePortalGivesTheAccountsRoles() throws Exception {
    HttpResponse<String> home = signIn("/index.xhtml", "koordination", "sso-Passwort");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.uri().toString()).startsWith(root());
    assertThat(home.body()).contains("mainMenu").contains("/interpreting/requests.xhtml");
    assertThat(provider.log()).contains("token", "jwks");
    // the coordinator's pages open: the role came from the portal's account
    HttpResponse<String> requests = get(root() + "/interpreting/requests.xhtml");
    assertThat(requests.statusCode()).isEqualTo(200);
    assertThat(requests.body()).contains("requests:table");
    // and the administrator's do not
    assertThat(get(root() + "/admin/users.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void theAccountFollowsTheProvidersSubjectNotTheName() throws Exception {
    // the first sign-in links the coordinator's account to the provider's subject
    assertThat(signIn("/index.xhtml", "koordination", "sso-Passwort").statusCode()).isEqualTo(200);
    try {
      // renamed at the provider: still the coordinator's account, with its roles
      provider.rename("koordination", "kemal.koordinator");
      browser = freshBrowser();
      HttpResponse<String> renamed = signIn("/index.xhtml", "kemal.koordinator", "sso-Passwort");
      assertThat(renamed.uri().getPath()).endsWith("/index.xhtml");
      assertThat(get(root() + "/interpreting/requests.xhtml").statusCode()).isEqualTo(200);
    } finally {
      provider.rename("kemal.koordinator", "koordination");
    }
    try {
      // someone else at the provider now bears the name: not the coordinator's account
      provider.giveNameToSomeoneElse("koordination");
      browser = freshBrowser();
      HttpResponse<String> other = signIn("/index.xhtml", "koordination", "sso-Passwort");
      assertThat(other.uri().toString()).contains("/login.xhtml").contains("sso=failed");
      assertThat(get(root() + "/interpreting/requests.xhtml").uri().getPath())
          .endsWith("/login.xhtml");
    } finally {
      provider.restoreSubject("koordination");
    }
  }

  @Test
  void aGroupsClaimGrantsNoRole() throws Exception {
    provider.addUser("lea.weber", "sso-Passwort", "ADMIN", "COORDINATOR");
    HttpResponse<String> home = signIn("/index.xhtml", "lea.weber", "sso-Passwort");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(get(root() + "/admin/users.xhtml").statusCode()).isEqualTo(403);
    assertThat(get(root() + "/interpreting/requests.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void staffSigningInForTheFirstTimeGetAStaffAccountFromTheTokensClaims() throws Exception {
    HttpResponse<String> home = signIn("/index.xhtml", "hanna.nguyen", "sso-Passwort");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Hanna Nguyễn").contains("Mitarbeiter/in");
    assertThat(home.body()).doesNotContain("/interpreting/requests.xhtml");
    assertThat(get(root() + "/interpreting/requests.xhtml").statusCode()).isEqualTo(403);
    assertThat(get(root() + "/account/settings.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordStaysAtTheProvider() throws Exception {
    HttpResponse<String> answer = signIn("/index.xhtml", "koordination", "falsch");

    assertThat(answer.uri().toString()).startsWith(provider.issuer());
    assertThat(answer.body()).contains("Invalid credentials");
    assertThat(get(root() + "/api/health").statusCode()).isEqualTo(200);
  }

  @Test
  void theLoginPageOffersTheProviderAndThePortalsOwnAccounts() throws Exception {
    HttpResponse<String> login = get(root() + "/login.xhtml");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("id=\"sso\"").contains("login:password");
  }

  @Test
  void anInterpretersPortalAccountSignsInWithItsPasswordBesideTheProvider() {
    PortalHttp interpreter = new PortalHttp(base).login("dolmetscher", "Demo-Passwort-2026");

    assertThat(interpreter.get("/interpreting/appointments.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenSignedWithAnotherKeySignsNobodyIn() throws Exception {
    provider.forgeNextToken();
    HttpResponse<String> answer = signIn("/index.xhtml", "hanna.nguyen", "sso-Passwort");

    assertThat(answer.uri().getPath()).endsWith("/login.xhtml");
    assertThat(answer.uri().getQuery()).isEqualTo("sso=failed");
    assertThat(answer.body()).contains("id=\"ssoFailed\"");
    assertThat(get(root() + "/index.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void anAnswerThatNoSignInAskedForSignsNobodyIn() throws Exception {
    HttpResponse<String> answer = get(root() + "/sso-callback?code=ausgedacht&state=ausgedacht");

    assertThat(answer.uri().getQuery()).isEqualTo("sso=failed");
    assertThat(get(root() + "/index.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }
}
