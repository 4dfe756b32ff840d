package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.organisation.Departments;
import de.dortmund.miadoki.platform.persistence.SharedCache;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Master data in the shared cache, with two servers on one database: what "the other server" does
 * is done here straight in the database (a change the cache cannot know of), with the epoch counted
 * up as the other server's change would.
 */
@ExtendWith(ArquillianExtension.class)
class SharedCacheIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject Departments departments;
  @Inject SharedCache cache;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Test
  void masterDataAnotherServerChangedAreReadAnewWithTheNextRequest() throws SQLException {
    caller.actAs("it-admin", Role.ADMIN);
    String shortName = PoolFixtures.unique("C").toUpperCase();
    Department department = departments.add("Fachbereich Çağlar", shortName, "99/" + shortName);
    cache.check();
    assertThat(nameOf(department.getId())).isEqualTo("Fachbereich Çağlar");

    update("update department set name = 'Fachbereich Nguyễn' where id = ?", department.getId());
    // without word from the other server this one still shows what it holds: the cache is in play
    assertThat(cache.check()).isFalse();
    assertThat(nameOf(department.getId())).isEqualTo("Fachbereich Çağlar");

    update("update cache_epoch set epoch = epoch + 1 where name = 'shared' and ? > 0", 1L);
    assertThat(cache.check()).isTrue();
    assertThat(nameOf(department.getId())).isEqualTo("Fachbereich Nguyễn");
  }

  @Test
  void everyChangeOfMasterDataCountsTheEpochUp() throws SQLException {
    caller.actAs("it-admin", Role.ADMIN);
    long before = epoch();
    String shortName = PoolFixtures.unique("C").toUpperCase();
    Department department = departments.add("Fachbereich Oleksandr", shortName, "98/" + shortName);
    assertThat(epoch()).isEqualTo(before + 1);
    departments.change(
        department.getId(), department.getVersion(), "Fachbereich Olena", shortName, "98/1", true);
    assertThat(epoch()).isEqualTo(before + 2);
  }

  private String nameOf(long id) {
    return fixtures.read(em -> em.find(Department.class, id).getName());
  }

  private void update(String sql, long parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, parameter);
      s.executeUpdate();
    }
  }

  private long epoch() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select epoch from cache_epoch where name = 'shared'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
