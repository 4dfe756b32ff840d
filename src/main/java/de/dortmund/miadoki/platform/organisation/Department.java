package de.dortmund.miadoki.platform.organisation;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "department_supervisor",
      joinColumns = @JoinColumn(name = "department_id"))
  private Set<Supervisor> supervisors = new LinkedHashSet<>();

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

  public Set<Supervisor> getSupervisors() {
    return Set.copyOf(supervisors);
  }

  /** Whether the account leads this department or stands in for its head. */
  public boolean isLedBy(String username) {
    return supervisors.stream().anyMatch(s -> s.getUsername().equals(username));
  }

  /** Makes the account a supervisor (or deputy) of this department, or changes which it is. */
  public void appointSupervisor(String username, boolean deputy) {
    supervisors.remove(new Supervisor(username, deputy));
    supervisors.add(new Supervisor(username, deputy));
  }

  public void dismissSupervisor(String username) {
    supervisors.remove(new Supervisor(username, false));
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
