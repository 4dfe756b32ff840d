package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BilingualEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Who pays for a booking, e.g. state programme funds or the department's own budget. */
// reference data, read on nearly every page and rarely changed: kept in the shared cache
@Cacheable
@Entity
@Table(name = "funding_source")
@NamedQuery(
    name = FundingSource.ACTIVE,
    query = "select f from FundingSource f where f.active = true order by f.code")
public class FundingSource extends BilingualEntity {

  public static final String ACTIVE = "FundingSource.active";

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected FundingSource() {}

  public FundingSource(String code, String nameDe, String nameEn) {
    super(nameDe, nameEn);
    this.code = code;
  }

  public void activate(boolean active) {
    this.active = active;
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String auditSubject() {
    return getCode();
  }
}
