import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of the operations run: the pool's report figures (CSV, by month, by language, by
 * department, by funding source; from a year back to three months ahead) as the coordinator
 * downloads them from two servers, the original and one on a restored back-up; they must be the
 * same, and not empty. Usage: java ReportFigures.java ORIGINAL RESTORED
 */
public class ReportFigures {

  public static void main(String[] args) throws Exception {
    YearMonth from = YearMonth.now().minusMonths(12);
    YearMonth to = YearMonth.now().plusMonths(3);
    boolean same = true;
    for (String by : new String[] {"MONTH", "LANGUAGE", "DEPARTMENT", "FUNDING"}) {
      String query = "?from=" + from + "&to=" + to + "&by=" + by;
      String original = csv(args[0], query);
      String restored = csv(args[1], query);
      int lines = original.split("\n").length;
      System.out.printf(
          "[ops] report figures by %s: %d lines, restored copy %s%n",
          by, lines, original.equals(restored) ? "the same" : "DIFFERENT");
      if (!original.equals(restored) || lines < 2) {
        same = false;
        System.out.println("original:\n" + original + "\nrestored:\n" + restored);
      }
    }
    System.exit(same ? 0 : 1);
  }

  static String csv(String server, String query) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String login = get(http, server + "/login.xhtml").body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(login);
    if (!state.find() || !nonce.find()) {
      throw new IllegalStateException("no login form at " + server);
    }
    String form =
        "login=login&login%3Ausername=koordination&login%3Apassword=Demo-Passwort-2026"
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8)
            + "&primefaces.nonce="
            + nonce.group(1);
    http.send(
        HttpRequest.newBuilder(URI.create(server + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> file = get(http, server + "/interpreting/report.csv" + query);
    if (file.statusCode() != 200) {
      throw new IllegalStateException(server + " answered the report with " + file.statusCode());
    }
    return file.body();
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "de").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
