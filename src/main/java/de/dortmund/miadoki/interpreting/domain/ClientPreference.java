package de.dortmund.miadoki.interpreting.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What a department has recorded for one client reference: an interpreter to prefer, or one never
 * to send again (e.g. a relative, or after a conflict).
 */
@Entity
@Table(name = "client_preference")
@NamedQuery(
    name = ClientPreference.FOR_CLIENT,
    query =
        "select p from ClientPreference p where p.clientKey = :client"
            + " and p.departmentId = :department")
public class ClientPreference extends BaseEntity {

  public static final String FOR_CLIENT = "ClientPreference.forClient";

  public enum Kind {
    PREFERRED,
    DO_NOT_SEND;

    public String messageKey() {
      return "clientPreference." + name();
    }
  }

  @Column(name = "department_id", nullable = false, updatable = false)
  private long departmentId;

  @Column(name = "client_reference", nullable = false, updatable = false)
  private String clientReference;

  @Column(name = "client_key", nullable = false, updatable = false)
  private String clientKey;

  @ManyToOne(optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false, updatable = false)
  private Interpreter interpreter;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  protected ClientPreference() {}

  public ClientPreference(
      long departmentId, String clientReference, Interpreter interpreter, Kind kind) {
    this.departmentId = departmentId;
    this.clientReference = clientReference;
    this.clientKey = ClientReferences.key(clientReference);
    this.interpreter = interpreter;
    this.kind = kind;
  }

  public void change(Kind kind) {
    this.kind = kind;
  }

  public long getDepartmentId() {
    return departmentId;
  }

  public String getClientReference() {
    return clientReference;
  }

  public Interpreter getInterpreter() {
    return interpreter;
  }

  public Kind getKind() {
    return kind;
  }

  @Override
  public String auditSubject() {
    return getClientReference();
  }
}
