package de.dortmund.miadoki.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

/** The client side of {@link FixtureServlet}: test data for browser and HTTP tests. */
public final class RemoteFixtures {

  private final String root;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public RemoteFixtures(URL deployment) {
    this.root = deployment.toExternalForm().replaceAll("/$", "") + FixtureServlet.PATH;
  }

  /** An active interpreter with a portal account ({@code username}, {@code password}). */
  public Properties interpreter(String firstName, String lastName) {
    return call("POST", "interpreter", "first", firstName, "last", lastName);
  }

  /** An active interpreter without a portal account ({@code id}, {@code name}, {@code email}). */
  public Properties interpreterWithoutAccount(String firstName, String lastName) {
    return call("POST", "interpreter", "first", firstName, "last", lastName, "account", "no");
  }

  /** A portal account ({@code username}, {@code password}) with the roles, e.g. "REQUESTER". */
  public Properties account(String name, String department, String roles) {
    return call("POST", "account", "name", name, "department", department, "roles", roles);
  }

  /** Changes an account as {@link AccountFixtures#change} says, e.g. "roles:STAFF". */
  public void changeAccount(String username, String change) {
    call("POST", "account-change", "username", username, "change", change);
  }

  /** A new request of a fresh requester of the department ({@code id}, {@code requester}). */
  public Properties request(String department) {
    return call("POST", "request", "department", department);
  }

  /**
   * A weekly series of {@code times} dates (1: a single request) offered at once to this
   * interpreter alone ({@code id} and {@code startsAt} of the first date).
   */
  public Properties offer(String interpreterId, String department, int times) {
    return call(
        "POST",
        "offer",
        "interpreter",
        interpreterId,
        "department",
        department,
        "times",
        String.valueOf(times));
  }

  /** A booked appointment of this interpreter moved to {@code start} ({@code id}). */
  public Properties held(String interpreterId, String department, java.time.LocalDateTime start) {
    return call(
        "POST",
        "held",
        "interpreter",
        interpreterId,
        "department",
        department,
        "start",
        start.toString());
  }

  /** An issued statement of a fresh interpreter ({@code id}, {@code interpreter}). */
  public Properties statement() {
    return call("POST", "statement");
  }

  /** Moves the booked request with this client reference, and its assignment, to {@code start}. */
  public void move(String client, java.time.LocalDateTime start) {
    call("POST", "move", "client", client, "start", start.toString());
  }

  /**
   * A department of its own with a supervisor and two staff members named {@code first} and {@code
   * second} ({@code department}, {@code supervisor}, {@code first}, {@code second}; password {@code
   * password}).
   */
  public Properties trainingTeam(String first, String second) {
    return call("POST", "training-team", "first", first, "second", second);
  }

  /**
   * An open training session weeks ahead, given by a trainer with a portal account ({@code id},
   * {@code title}, {@code trainer}).
   */
  public Properties trainingSession(int capacity, String policy, boolean approval) {
    return call(
        "POST",
        "training-session",
        "capacity",
        String.valueOf(capacity),
        "policy",
        policy,
        "approval",
        String.valueOf(approval));
  }

  /** Moves a training session to yesterday, 9 to 16 o'clock: held. */
  public void holdTrainingYesterday(String sessionId) {
    call("POST", "training-held", "id", sessionId);
  }

  /** A certificate of a held session for the person ({@code id}, {@code code}). */
  public Properties certificate(String username) {
    return call("POST", "certificate", "username", username);
  }

  /** How many audit entries of this kind name the person and record. */
  public long auditEntries(String person, String type, Object id, String action) {
    return Long.parseLong(
        call(
                "GET",
                "audit",
                "person",
                person,
                "type",
                type,
                "id",
                String.valueOf(id),
                "action",
                action)
            .getProperty("count"));
  }

  private Properties call(String method, String operation, String... parameters) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < parameters.length; i += 2) {
      if (parameters[i + 1] == null) {
        continue;
      }
      query
          .append(query.length() == 0 ? "?" : "&")
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(root + "/" + operation + query))
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "Fixture " + operation + " answered " + response.statusCode() + ": " + response.body());
      }
      Properties answer = new Properties();
      answer.load(new StringReader(response.body()));
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An Integrationspreis edition open for nominations, with new juror accounts (first chairs). */
  public Properties awardEdition(String... jurorNames) {
    return call("POST", "award-edition", "jurors", String.join(",", jurorNames));
  }

  /** An edition in the jury's review, chaired by the given account, with one nomination. */
  public Properties awardInReview(String juror) {
    return call("POST", "award-in-review", "juror", juror);
  }
}
