package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.security.UserAdministration;
import de.dortmund.miadoki.platform.security.UserForm;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.PrimeFaces;

/** Administration of accounts: a paged, searchable list and one dialog to create or change. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;

  private String search;
  private PagedModel<PortalUser> model;
  private List<Department> departments;

  private Long editedId;
  private UserForm form = new UserForm();
  private boolean editedActive;
  private String newPassword;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> users.search(search, page));
    departments = users.departments();
  }

  public void startCreate() {
    editedId = null;
    form = new UserForm();
    form.setRoles(EnumSet.of(Role.STAFF));
  }

  public void startEdit(Long id) {
    PortalUser user = users.load(id);
    editedId = id;
    editedActive = user.isActive();
    newPassword = null;
    form = new UserForm();
    form.setUsername(user.getUsername());
    form.setDisplayName(user.getDisplayName());
    form.setEmail(user.getEmail());
    form.setDepartmentId(user.getDepartment() == null ? null : user.getDepartment().getId());
    form.setRoles(user.getRoles());
    form.setVersion(user.getVersion());
  }

  public void save() {
    if (editedId == null) {
      users.create(form);
      Messages.info("users.created", form.getUsername());
    } else {
      users.update(editedId, form);
      Messages.info("users.saved", form.getUsername());
    }
    PrimeFaces.current().executeScript("PF('userDialog').hide()");
  }

  public void toggleActive() {
    PortalUser user = users.setActive(editedId, form.getVersion(), !editedActive);
    editedActive = user.isActive();
    form.setVersion(user.getVersion());
    Messages.info(editedActive ? "users.activated" : "users.deactivated", form.getUsername());
  }

  public void resetPassword() {
    if (newPassword == null || newPassword.length() < 10) {
      Messages.error("userForm:newPassword", "users.password.size");
      return;
    }
    PortalUser user = users.resetPassword(editedId, form.getVersion(), newPassword);
    form.setVersion(user.getVersion());
    newPassword = null;
    Messages.info("users.passwordReset", form.getUsername());
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public boolean isEditedActive() {
    return editedActive;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public PagedModel<PortalUser> getModel() {
    return model;
  }

  public List<Department> getDepartments() {
    return departments;
  }

  public UserForm getForm() {
    return form;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
