package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.ViewScoped;

/** The administrator's search through the audit log: by person, record and period. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog auditLog;

  private String person;
  private String entityType;
  private String entityId;
  private LocalDate from;
  private LocalDate to;
  private PagedModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            page -> auditLog.search(new AuditSearch(person, entityType, entityId, from, to), page));
  }

  public void validatePeriod() {
    if (from != null && to != null && to.isBefore(from)) {
      Messages.error("auditFilter:to", "audit.period.invalid");
    }
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
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
}
