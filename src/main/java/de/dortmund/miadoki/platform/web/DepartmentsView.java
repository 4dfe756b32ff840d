package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.organisation.Departments;
import de.dortmund.miadoki.platform.organisation.Supervisor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** Departments with cost centres: a list, a form for a new one and for changing the chosen one. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Departments departments;

  private List<Department> all;
  private Department selected;
  private String name;
  private String shortName;
  private String costCentre;
  private boolean active = true;
  private String supervisorName;
  private boolean supervisorDeputy;

  public void load() {
    all = departments.all();
  }

  public void edit(Department department) {
    selected = department;
    name = department.getName();
    shortName = department.getShortName();
    costCentre = department.getCostCentre();
    active = department.isActive();
  }

  public void startNew() {
    selected = null;
    name = null;
    shortName = null;
    costCentre = null;
    active = true;
  }

  public void save() {
    if (selected == null) {
      departments.add(name, shortName, costCentre);
    } else {
      departments.change(
          selected.getId(), selected.getVersion(), name, shortName, costCentre, active);
    }
    Messages.info("departments.saved");
    startNew();
    load();
  }

  public void appoint() {
    selected =
        departments.appointSupervisor(
            selected.getId(), selected.getVersion(), supervisorName, supervisorDeputy);
    Messages.info("departments.supervisor.appointed", supervisorName);
    supervisorName = null;
    supervisorDeputy = false;
    load();
  }

  public void dismiss(String username) {
    selected = departments.dismissSupervisor(selected.getId(), selected.getVersion(), username);
    Messages.info("departments.supervisor.dismissed", username);
    load();
  }

  /** The chosen department's supervisors, heads first. */
  public List<Supervisor> getSupervisors() {
    return selected == null
        ? List.of()
        : selected.getSupervisors().stream()
            .sorted(
                java.util.Comparator.comparing(Supervisor::isDeputy)
                    .thenComparing(Supervisor::getUsername))
            .toList();
  }

  public String getSupervisorName() {
    return supervisorName;
  }

  public void setSupervisorName(String supervisorName) {
    this.supervisorName = supervisorName;
  }

  public boolean isSupervisorDeputy() {
    return supervisorDeputy;
  }

  public void setSupervisorDeputy(boolean supervisorDeputy) {
    this.supervisorDeputy = supervisorDeputy;
  }

  public List<Department> getAll() {
    return all;
  }

  public Department getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getCostCentre() {
    return costCentre;
  }

  public void setCostCentre(String costCentre) {
    this.costCentre = costCentre;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
