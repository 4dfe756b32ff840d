package de.dortmund.miadoki.platform.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * For IT's monitoring and the load balancer: {@code /api/health/live} answers UP while the portal
 * runs at all (restart it when this fails); {@code /api/health/ready} and {@code /api/health}
 * answer UP with 200 only when the schema was migrated at start-up and the database answers, DOWN
 * with 503 otherwise (send no users to it). Only a signed-in administrator also sees the checks
 * (database product, schema version); anyone else learns nothing beyond UP or DOWN.
 */
@Path("health")
@RequestScoped
public class HealthResource {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @jakarta.inject.Inject de.dortmund.miadoki.platform.security.CurrentUser currentUser;
  @jakarta.inject.Inject de.dortmund.miadoki.platform.operations.Readiness readiness;

  /** The portal runs: it answers. */
  @GET
  @Path("live")
  @Produces(MediaType.APPLICATION_JSON)
  public Response live() {
    return Response.ok(Json.createObjectBuilder().add("status", "UP").build().toString())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("ready")
  @Produces(MediaType.APPLICATION_JSON)
  public Response ready() {
    return health();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    boolean migrated = readiness.isMigrated();
    boolean databaseUp;
    String database;
    try (Connection connection = dataSource.getConnection()) {
      databaseUp = connection.isValid(2);
      database = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      databaseUp = false;
      database = "unreachable";
    }
    boolean admin =
        currentUser.isAuthenticated()
            && currentUser.hasRole(de.dortmund.miadoki.platform.security.Role.ADMIN);
    boolean up = migrated && databaseUp;
    JsonObject body =
        !admin
            ? Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").build()
            : Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add(
                    "checks",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "database")
                                .add("status", databaseUp ? "UP" : "DOWN")
                                .add("product", database))
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "migrations")
                                .add("status", migrated ? "UP" : "DOWN")
                                .add(
                                    "schemaVersion",
                                    migrated ? readiness.schemaVersion() : "none")))
                .build();
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body.toString())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
