package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/** Who pays for a booking, e.g. state programme funds or the department's own budget. */
@Entity
@Table(name = "funding_source")
@NamedQuery(
    name = FundingSource.ACTIVE,
    query = "select f from FundingSource f where f.active = true order by f.code")
public class FundingSource extends BaseEntity {

  public static final String ACTIVE = "FundingSource.active";

  @Column(name = "code", nullable = false)
  private String code;

  @Column(name = "name_de", nullable = false)
  private String nameDe;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected FundingSource() {}

  public FundingSource(String code, String nameDe, String nameEn) {
    this.code = code;
    this.nameDe = nameDe;
    this.nameEn = nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
  }

  public String getCode() {
    return code;
  }

  public String getNameDe() {
    return nameDe;
  }

  public String getNameEn() {
    return nameEn;
  }

  public boolean isActive() {
    return active;
  }
}
