package de.dortmund.miadoki.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/**
 * The next number of a database sequence, in the spelling of the database the portal runs on (H2
 * knows only the standard's, PostgreSQL only its own function).
 */
@ApplicationScoped
public class Sequences {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  private volatile String vendor;

  /** The next value of the sequence {@code name} (a fixed name of a migration, never input). */
  @Transactional(Transactional.TxType.MANDATORY)
  public long next(String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a sequence name: " + name);
    }
    String sql =
        "postgresql".equals(vendor())
            ? "select nextval('" + name + "')"
            : "select next value for " + name;
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private String vendor() {
    if (vendor == null) {
      vendor = DatabaseMigration.vendorOf(dataSource);
    }
    return vendor;
  }
}
