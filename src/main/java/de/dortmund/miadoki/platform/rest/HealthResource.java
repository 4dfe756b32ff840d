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
 * For IT's monitoring: UP with 200 when the database answers, DOWN with 503 when it does not. Only
 * a signed-in administrator also sees the checks (which database product answers); anyone else
 * learns nothing about the installation beyond UP or DOWN.
 */
@Path("health")
@RequestScoped
public class HealthResource {

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @jakarta.inject.Inject de.dortmund.miadoki.platform.security.CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
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
    JsonObject body =
        !admin
            ? Json.createObjectBuilder().add("status", databaseUp ? "UP" : "DOWN").build()
            : Json.createObjectBuilder()
                .add("status", databaseUp ? "UP" : "DOWN")
                .add(
                    "checks",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "database")
                                .add("status", databaseUp ? "UP" : "DOWN")
                                .add("product", database)))
                .build();
    return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body.toString())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
