package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.FailingBean;
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
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An unexpected error shows the portal's 500 page: status 500, no exception, no stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.portal()
            .addClasses(FailingServlet.class, FailingBean.class)
            .addAsWebResource(
                new StringAsset(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>#{failingBean.value}</body></html>"),
                "it-failure-page.xhtml");
    return Deployments.withPublicPaths(archive, "/it-failure", "/it-failure-page.xhtml");
  }

  @ArquillianResource URL base;

  @ParameterizedTest
  @ValueSource(strings = {"/it-failure", "/it-failure-page.xhtml"})
  void anUnexpectedErrorShowsTheErrorPageWithoutDetails(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base.toExternalForm().replaceAll("/$", "") + path))
                    .header("Accept-Language", "de")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("Ein Fehler ist aufgetreten")
        .doesNotContain(FailingServlet.SECRET)
        .doesNotContain("IllegalStateException")
        .doesNotContainPattern("at [a-z]+\\.[a-z]+\\.");
  }
}
