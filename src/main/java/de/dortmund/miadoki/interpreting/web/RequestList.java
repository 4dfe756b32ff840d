package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.application.RequestFilter;
import de.dortmund.miadoki.interpreting.application.RequestService;
import de.dortmund.miadoki.interpreting.domain.CloseOutState;
import de.dortmund.miadoki.interpreting.domain.InterpreterRequest;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.RequestStatus;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.MenuEntries;
import de.dortmund.miadoki.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The request list: a department's own requests, or all of them for coordinators. */
@Named
@ViewScoped
public class RequestList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject MasterData masterData;
  @Inject CurrentUser currentUser;
  @Inject java.time.Clock clock;

  private RequestStatus status;
  private Long languageId;
  private Long departmentId;
  private LocalDate from;
  private LocalDate to;
  private String clientReference;
  private CloseOutState closeOut;
  private boolean coordinator;
  // master data: shared by every session, read again after the session was written out (to the
  // other server) rather than carried in it
  private transient List<Language> languages;
  private transient List<Department> departments;
  private PagedModel<InterpreterRequest> model;

  @PostConstruct
  void init() {
    coordinator = currentUser.hasRole(Role.COORDINATOR);
    from = LocalDate.now(clock.withZone(de.dortmund.miadoki.platform.time.ClockProducer.ZONE));
    model =
        new PagedModel<>(
            page ->
                requests.search(
                    new RequestFilter(
                        status, languageId, departmentId, from, to, clientReference, closeOut),
                    page));
  }

  /** A link with a close-out state (from the home page's to-do list) shows past requests too. */
  public void applyParameters() {
    if (closeOut != null) {
      from = null;
    }
  }

  public CloseOutState[] getCloseOutStates() {
    return CloseOutState.values();
  }

  public CloseOutState getCloseOut() {
    return closeOut;
  }

  public void setCloseOut(CloseOutState closeOut) {
    this.closeOut = closeOut;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  /** For the language menu, which sends its entries only when opened. */
  public List<Language> getLanguages() {
    if (languages == null) {
      languages = masterData.languages();
    }
    return MenuEntries.shown(languages, l -> l.getId().equals(languageId));
  }

  /** For the department menu, which sends its entries only when opened. */
  public List<Department> getDepartments() {
    if (departments == null) {
      departments = coordinator ? masterData.departments() : List.of();
    }
    return MenuEntries.shown(departments, d -> d.getId().equals(departmentId));
  }

  public PagedModel<InterpreterRequest> getModel() {
    return model;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }

  public Long getLanguageId() {
    return languageId;
  }

  public void setLanguageId(Long languageId) {
    this.languageId = languageId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getClientReference() {
    return clientReference;
  }

  public void setClientReference(String clientReference) {
    this.clientReference = clientReference;
  }
}
