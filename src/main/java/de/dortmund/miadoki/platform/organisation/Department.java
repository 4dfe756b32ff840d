package de.dortmund.miadoki.platform.organisation;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A department (Fachbereich / Dienststelle) of the city, with the cost centre it is billed to. */
// reference data, read on nearly every page and rarely changed: kept in the shared cache
@Cacheable
@Entity
@Table(name = "department")
@NamedQuery(
    name = Department.ALL_ACTIVE,
    query = "select d from Department d where d.active = true order by d.name",
    // read on most pages; EclipseLink drops the cached result when a department changes
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(
    name = Department.BY_SHORT_NAME,
    query = "select d from Department d where d.shortName = :shortName")
public class Department extends BaseEntity {

  public static final String ALL_ACTIVE = "Department.allActive";
  public static final String BY_SHORT_NAME = "Department.byShortName";

  @NotBlank
  @Size(max = 200)
  @Column(name = "name", nullable = false)
  private String name;

  @NotBlank
  @Size(max = 40)
  @Column(name = "short_name", nullable = false)
  private String shortName;

  @NotBlank
  @Size(max = 40)
  @Column(name = "cost_centre", nullable = false)
  private String costCentre;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Department() {}

  public Department(String name, String shortName, String costCentre) {
    this.name = name;
    this.shortName = shortName;
    this.costCentre = costCentre;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getCostCentre() {
    return costCentre;
  }

  public boolean isActive() {
    return active;
  }

  public void rename(String name, String shortName, String costCentre) {
    this.name = name;
    this.shortName = shortName;
    this.costCentre = costCentre;
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  @Override
  public String auditSubject() {
    return getShortName();
  }
}
