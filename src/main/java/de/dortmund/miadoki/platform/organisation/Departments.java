package de.dortmund.miadoki.platform.organisation;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The city's departments with their cost centres, kept by administrators and coordinators. A
 * department is retired, never deleted: requests and accounts keep pointing to it.
 */
@ApplicationScoped
@RequiresRole({Role.ADMIN, Role.COORDINATOR})
public class Departments {

  static final String ENTITY = "Department";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Records records;

  @Transactional
  public List<Department> all() {
    return em.createQuery("select d from Department d order by d.name", Department.class)
        .getResultList();
  }

  /** A new department; its short name must be free. */
  @Transactional
  public Department add(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 40) String shortName,
      @NotBlank @Size(max = 40) String costCentre) {
    requireFree(shortName.strip(), null);
    Department department = new Department(name.strip(), shortName.strip(), costCentre.strip());
    em.persist(department);
    em.flush();
    audit.record(AuditAction.CREATE, department);
    return department;
  }

  @Transactional
  public Department change(
      @NotNull Long id,
      long version,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 40) String shortName,
      @NotBlank @Size(max = 40) String costCentre,
      boolean active) {
    Department department = records.change(Department.class, id, version, Records.anyone());
    requireFree(shortName.strip(), id);
    department.rename(name.strip(), shortName.strip(), costCentre.strip());
    if (active) {
      department.activate();
    } else {
      department.deactivate();
    }
    records.changed(department);
    return department;
  }

  /**
   * Makes an active account a supervisor or deputy of the department (they approve its staff's
   * training registrations), or changes which of the two it is.
   */
  @Transactional
  public Department appointSupervisor(
      @NotNull Long id, long version, @NotBlank @Size(max = 80) String username, boolean deputy) {
    Department department = records.change(Department.class, id, version, Records.anyone());
    boolean active =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", username.strip())
            .getResultStream()
            .anyMatch(PortalUser::isActive);
    if (!active) {
      throw new RuleViolationException(
          RuleViolation.of("supervisorName", "departments.supervisor.unknown"));
    }
    department.appointSupervisor(username.strip(), deputy);
    em.lock(department, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    records.changed(department);
    return department;
  }

  @Transactional
  public Department dismissSupervisor(@NotNull Long id, long version, @NotBlank String username) {
    Department department = records.change(Department.class, id, version, Records.anyone());
    department.dismissSupervisor(username);
    em.lock(department, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    records.changed(department);
    return department;
  }

  private void requireFree(String shortName, Long self) {
    boolean taken =
        em.createNamedQuery(Department.BY_SHORT_NAME, Department.class)
            .setParameter("shortName", shortName)
            .getResultStream()
            .anyMatch(d -> !d.getId().equals(self));
    if (taken) {
      throw new ShortNameTakenException(shortName);
    }
  }
}
