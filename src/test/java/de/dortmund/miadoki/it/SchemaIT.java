package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.SchemaComparison;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.Version;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the EclipseLink that runs there (Payara's own; on WildFly the WAR's) maps exactly
 * the tables and columns of the database the portal migrated at its start.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject PoolFixtures fixtures;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Test
  void theRunningEclipseLinkMapsExactlyTheColumnsOfTheMigratedDatabase() throws Exception {
    Map<String, Set<String>> mapped =
        fixtures.read(em -> SchemaComparison.mappedColumns(em.unwrap(Session.class)));
    assertThat(mapped).containsKeys("portal_user", "interpreter_request", "assignment");
    assertThat(SchemaComparison.actualColumns(dataSource, mapped.keySet()))
        .as("columns per table in the database, mapped by EclipseLink %s", Version.getVersion())
        .isEqualTo(mapped);
  }

  @Test
  void theEclipseLinkThatRunsIsTheOneTheReadmeNames() {
    String server = System.getProperty("it.server");
    String location =
        String.valueOf(Version.class.getProtectionDomain().getCodeSource().getLocation());
    assertThat(Version.getVersion())
        .as("EclipseLink on %s, from %s", server, location)
        .startsWith(System.getProperty("it.eclipselink.version"));
    if ("wildfly".equals(server)) {
      assertThat(location).as("WildFly runs the WAR's EclipseLink").contains("miadoki-portal.war");
    } else {
      assertThat(location).as("Payara runs its own EclipseLink").doesNotContain("miadoki-portal");
    }
  }
}
