package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.organisation.Departments;
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
