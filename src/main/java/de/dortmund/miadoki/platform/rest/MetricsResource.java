package de.dortmund.miadoki.platform.rest;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.operations.Installation;
import de.dortmund.miadoki.platform.operations.PortalFigures;
import de.dortmund.miadoki.platform.operations.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's own figures in Prometheus' text format, for IT's monitoring: requests answered by
 * status class, the outbox's backlog and failures, runs and failures of each scheduled work on this
 * server, which leases this server holds, the build and the schema version. Off unless IT sets
 * {@code miadoki.metrics.token}; then only a caller with {@code Authorization: Bearer <token>} gets
 * them (others 401), so the path is protected however the proxy is set up.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

  static final String TOKEN = "miadoki.metrics.token";

  @Inject PortalFigures figures;
  @Inject Installation installation;
  @Inject Readiness readiness;

  @GET
  public Response metrics(@HeaderParam("Authorization") String authorization) {
    Optional<String> token = Settings.get(TOKEN);
    if (token.isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    String offered =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7).strip()
            : "";
    if (!java.security.MessageDigest.isEqual(
        offered.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        token.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .header("WWW-Authenticate", "Bearer realm=\"miadoki-metrics\"")
          .build();
    }
    return Response.ok(text(), "text/plain; version=0.0.4; charset=utf-8").build();
  }

  private String text() {
    StringBuilder out = new StringBuilder();
    help(out, "miadoki_build_info", "gauge", "The portal's build and schema version.");
    out.append("miadoki_build_info{version=\"")
        .append(label(installation.version()))
        .append("\",schema=\"")
        .append(label(readiness.isMigrated() ? installation.schemaVersion() : "none"))
        .append("\"} 1\n");
    help(out, "miadoki_database_up", "gauge", "1 when the database answers.");
    boolean up = installation.databaseUp();
    out.append("miadoki_database_up ").append(up ? 1 : 0).append('\n');
    help(out, "miadoki_http_requests_total", "counter", "Requests answered, by status class.");
    for (int c = 1; c <= 5; c++) {
      out.append("miadoki_http_requests_total{status=\"")
          .append(c)
          .append("xx\"} ")
          .append(figures.requests(c))
          .append('\n');
    }
    help(out, "miadoki_scheduled_runs_total", "counter", "Runs of scheduled work on this server.");
    Map<String, Long> runs = figures.runs();
    runs.forEach(
        (work, count) ->
            out.append("miadoki_scheduled_runs_total{work=\"")
                .append(label(work))
                .append("\"} ")
                .append(count)
                .append('\n'));
    help(out, "miadoki_scheduled_failures_total", "counter", "Failed runs on this server.");
    runs.keySet()
        .forEach(
            work ->
                out.append("miadoki_scheduled_failures_total{work=\"")
                    .append(label(work))
                    .append("\"} ")
                    .append(figures.failures(work))
                    .append('\n'));
    if (up) {
      Installation.OutboxState outbox = installation.outbox();
      help(out, "miadoki_outbox_messages", "gauge", "Mails in the outbox, by status.");
      out.append("miadoki_outbox_messages{status=\"pending\"} ")
          .append(outbox.pending())
          .append('\n');
      out.append("miadoki_outbox_messages{status=\"sending\"} ")
          .append(outbox.sending())
          .append('\n');
      out.append("miadoki_outbox_messages{status=\"failed\"} ")
          .append(outbox.failed())
          .append('\n');
      out.append("miadoki_outbox_messages{status=\"sent\"} ").append(outbox.sent()).append('\n');
      help(out, "miadoki_lease_held", "gauge", "1 where this server holds the work's lease.");
      for (Installation.LeaseState lease : installation.leases()) {
        out.append("miadoki_lease_held{work=\"")
            .append(label(lease.work()))
            .append("\",holder=\"")
            .append(label(lease.holder() == null ? "" : lease.holder()))
            .append("\"} ")
            .append(lease.mine() ? 1 : 0)
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void help(StringBuilder out, String name, String type, String text) {
    out.append("# HELP ").append(name).append(' ').append(text).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  /** A label value with backslash, quote and line break escaped. */
  private static String label(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
