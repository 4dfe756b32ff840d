package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What IT's monitoring and a browser see at the HTTP level: health, redirects, headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws Exception {
    String root = base.toExternalForm().replaceAll("/$", "");
    return http.send(
        HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthTellsAnonymousCallersOnlyUpOrDown() throws Exception {
    HttpResponse<String> response = get("/api/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    // nothing about the installation (database product, checks) for someone not signed in
    assertThat(response.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void liveAndReadyAreSeparateAndTheFiguresNeedTheToken() throws Exception {
    assertThat(get("/api/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = get("/api/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");

    // the test servers set miadoki.metrics.token=it-metrics-token
    assertThat(get("/api/metrics").statusCode()).isEqualTo(401);
    String root = base.toExternalForm().replaceAll("/$", "");
    HttpResponse<String> wrong =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "/api/metrics"))
                .header("Authorization", "Bearer not-the-token")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "/api/metrics"))
                .header("Authorization", "Bearer it-metrics-token")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains("# TYPE miadoki_http_requests_total counter")
        .containsPattern("miadoki_http_requests_total\\{status=\"2xx\"\\} [1-9]")
        .containsPattern("miadoki_build_info\\{version=\"[^\"]+\",schema=\"[0-9.]+\"\\} 1")
        .contains("miadoki_database_up 1")
        .containsPattern("miadoki_outbox_messages\\{status=\"pending\"\\} [0-9]+")
        // the test servers send mails every two seconds: the outbox's work has run here
        .containsPattern("miadoki_scheduled_runs_total\\{work=\"outbox\"\\} [1-9]")
        .containsPattern("miadoki_lease_held\\{work=\"outbox\",holder=\"[^\"]+\"\\} 1");
  }

  @Test
  void aForwardedHttpsHeaderFromAnUntrustedAddressChangesNothing() throws Exception {
    String root = base.toExternalForm().replaceAll("/$", "");
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.50")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(login.headers().allValues("Set-Cookie"))
        .noneSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
  }

  @Test
  void pagesNeedALogin() throws Exception {
    for (String page : List.of("/index.xhtml", "/admin/users.xhtml", "/account/settings.xhtml")) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }
  }

  @Test
  void pagesCarryTheSecurityHeadersAndSafeCookies() throws Exception {
    HttpResponse<String> login = get("/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    String scriptSrc = csp.substring(csp.indexOf("script-src"));
    assertThat(scriptSrc)
        .contains("'nonce-")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(csp).contains("frame-ancestors 'none'");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="));
    assertThat(cookies)
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    // every script element carries the nonce, so the policy really is enforceable
    assertThat(login.body()).doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>");

    HttpResponse<String> health = get("/api/health");
    assertThat(health.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
    assertThat(health.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** A postback to {@code page} with the given form fields, in a session that opened the page. */
  private HttpResponse<String> postback(
      HttpClient session, String page, java.util.function.UnaryOperator<String> fields)
      throws Exception {
    String root = base.toExternalForm().replaceAll("/$", "");
    String html =
        session
            .send(
                HttpRequest.newBuilder(URI.create(root + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    java.util.regex.Matcher viewState =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(html);
    assertThat(viewState.find()).isTrue();
    String body =
        fields.apply(
            "languageForm=languageForm&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(
                    viewState.group(1), java.nio.charset.StandardCharsets.UTF_8));
    return session.send(
        HttpRequest.newBuilder(URI.create(root + page))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bogusPostbacksToThePublicPagesAreTheClientsErrorNotTheServers() throws Exception {
    String someoneElses =
        java.util.Base64.getEncoder()
            .encodeToString(java.util.UUID.randomUUID().toString().getBytes());
    for (String page : List.of("/login.xhtml", "/accessibility.xhtml")) {
      HttpClient session =
          HttpClient.newBuilder()
              .cookieHandler(new java.net.CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      // without the page's nonce, as a scanner sends it
      assertThat(postback(session, page, f -> f).statusCode()).as(page).isEqualTo(400);
      // with something else in its place, and a mangled button parameter
      HttpResponse<String> mangled =
          postback(session, page, f -> f + "&primefaces.nonce=%27%22%3E&languageForm%3Ade=%3Cx%3E");
      assertThat(mangled.statusCode()).as(page).isEqualTo(400);
      assertThat(mangled.body()).doesNotContain("Exception").doesNotContain("at de.");
      // with a nonce of the right form but of no page of this session
      assertThat(postback(session, page, f -> f + "&primefaces.nonce=" + someoneElses).statusCode())
          .as(page)
          .isEqualTo(400);
      // with a view state from elsewhere: the expired page, as the client's error
      HttpResponse<String> foreign =
          postback(
              session,
              page,
              f ->
                  f.replaceAll("ViewState=[^&]+", "ViewState=123%3A456")
                      + "&primefaces.nonce="
                      + someoneElses);
      assertThat(foreign.statusCode()).as(page).isEqualTo(400);
      assertThat(foreign.body()).contains("Sitzung abgelaufen").doesNotContain("at de.");
    }
  }
}
