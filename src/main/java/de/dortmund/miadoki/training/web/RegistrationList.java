package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.web.MenuEntries;
import de.dortmund.miadoki.platform.web.PagedModel;
import de.dortmund.miadoki.training.application.RegistrationLists;
import de.dortmund.miadoki.training.application.TrainingCatalogue;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.RegistrationStatus;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The training manager's list of all registrations, paged on the server. */
@Named
@ViewScoped
public class RegistrationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationLists lists;
  @Inject TrainingCatalogue catalogue;

  private String person;
  private Long departmentId;
  private RegistrationStatus status;
  private PagedModel<Registration> model;
  // the city's departments: shared by every session, read again after the session was written out
  // (to the other server) rather than carried in it
  private transient List<Department> departments;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> lists.search(person, departmentId, status, page));
  }

  public RegistrationStatus[] getStatuses() {
    return RegistrationStatus.values();
  }

  public PagedModel<Registration> getModel() {
    return model;
  }

  /** For the department menu, which sends its entries only when opened. */
  public List<Department> getDepartments() {
    if (departments == null) {
      departments = catalogue.departments();
    }
    return MenuEntries.shown(departments, d -> d.getId().equals(departmentId));
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public void setStatus(RegistrationStatus status) {
    this.status = status;
  }
}
