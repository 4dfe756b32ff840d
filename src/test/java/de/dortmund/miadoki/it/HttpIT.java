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
  void healthAnswersJsonWithTheDatabaseCheck() throws Exception {
    HttpResponse<String> response = get("/api/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(response.body().replace(" ", ""))
        .startsWith("{\"status\":\"UP\"")
        .contains("\"name\":\"database\",\"status\":\"UP\"");
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
}
