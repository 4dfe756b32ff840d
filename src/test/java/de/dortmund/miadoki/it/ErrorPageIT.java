package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.FailingServlet;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unexpected error shows the portal's 500 page: status 500, no exception, no stack trace; the
 * database being away shows "please try again" with 503.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPageIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @ArquillianResource URL base;

  @ParameterizedTest
  @ValueSource(strings = {"/it-failure", "/it-failure-page.xhtml"})
  void anUnexpectedErrorShowsTheErrorPageWithoutDetails(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("Ein Fehler ist aufgetreten")
        .doesNotContain(FailingServlet.SECRET)
        .doesNotContain("IllegalStateException")
        .doesNotContainPattern("at [a-z]+\\.[a-z]+\\.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/it-failure?database-away", "/it-failure-page.xhtml?database-away"})
  void theDatabaseBeingAwayAsksToTryAgainLaterWith503(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("30");
    assertThat(response.body())
        .contains("Bitte gleich noch einmal versuchen", "Sie bleiben angemeldet")
        .doesNotContain(FailingServlet.SECRET)
        .doesNotContain("SQLException");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                .header("Accept-Language", "de")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
