package de.dortmund.miadoki.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over plain HTTP, with a cookie jar of its own: signs in through the
 * login form as a browser would (view state included) and asks for pages and downloads. Redirects
 * are not followed, so that a test sees where the portal sends the visitor.
 */
public final class PortalHttp {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final String root;
  private final HttpClient http;

  public PortalHttp(URL deployment) {
    this.root = deployment.toExternalForm().replaceAll("/$", "");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in; fails unless the portal answers the form with the redirect of a login. */
  public PortalHttp login(String username, String password) {
    HttpResponse<String> form = get("/login.xhtml");
    Matcher state = VIEW_STATE.matcher(form.body());
    if (!state.find()) {
      throw new AssertionError("The login page has no view state: " + form.body());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", state.group(1));
    // the page's script nonce, which PrimeFaces sends with every form as a browser would
    Matcher nonce = NONCE.matcher(form.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    if (answer.statusCode() != 302
        || answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
      throw new AssertionError(
          "Login of " + username + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return this;
  }

  /** A GET of a path below the portal's root (with its query). */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept-Language", "de"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
