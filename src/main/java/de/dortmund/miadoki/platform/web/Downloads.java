package de.dortmund.miadoki.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/** What the portal's download and feed servlets share: reading the address, sending the file. */
public final class Downloads {

  private Downloads() {}

  /** Sends a file to save ({@code attachment}) or to show ({@code inline}). */
  public static void send(
      HttpServletResponse response,
      String contentType,
      String fileName,
      boolean attachment,
      byte[] file)
      throws IOException {
    response.setContentType(contentType);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        (attachment ? "attachment" : "inline") + "; " + fileNameParameters(fileName));
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }

  /**
   * The file name for {@code Content-Disposition}: as it is if it is plain ASCII; otherwise an
   * ASCII stand-in for old clients and the exact name encoded as UTF-8 (RFC 6266).
   */
  static String fileNameParameters(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    if (ascii.equals(fileName)) {
      return "filename=\"" + fileName + "\"";
    }
    return "filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The number in the parameter {@code name}, or empty when it is missing or not a number. */
  public static Optional<Long> number(HttpServletRequest request, String name) {
    try {
      return Optional.of(Long.parseLong(request.getParameter(name)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A calendar feed at {@code <servlet>/<token>.ics}: the token from the path, the calendar that
   * {@code feed} finds for it, or 404 when it finds none.
   */
  public static void calendarFeed(
      HttpServletRequest request,
      HttpServletResponse response,
      Function<String, Optional<String>> feed,
      String fileName)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token =
        path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - 4) : "";
    Optional<String> calendar = feed.apply(token);
    if (calendar.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(
        response,
        "text/calendar; charset=UTF-8",
        fileName,
        false,
        calendar.get().getBytes(StandardCharsets.UTF_8));
  }
}
