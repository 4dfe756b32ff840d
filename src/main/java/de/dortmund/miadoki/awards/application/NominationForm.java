package de.dortmund.miadoki.awards.application;

import de.dortmund.miadoki.awards.domain.MigrationHistory;
import de.dortmund.miadoki.awards.domain.NomineeKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A nomination as the public form, staff and the award manager fill it in. */
public class NominationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull private Long categoryId;
  @NotNull private NomineeKind nomineeKind = NomineeKind.PERSON;

  @NotBlank
  @Size(max = 200)
  private String nomineeName;

  @Size(max = 200)
  private String nomineeOrganisation;

  @Email
  @Size(max = 254)
  private String nomineeEmail;

  @Size(max = 500)
  private String nomineeAddress;

  @NotBlank
  @Size(max = 200)
  private String nominatorName;

  @NotBlank
  @Email
  @Size(max = 254)
  private String nominatorEmail;

  @Size(max = 200)
  private String nominatorOrganisation;

  @NotBlank
  @Size(max = 8000)
  private String justification;

  @NotBlank
  @Size(max = 1000)
  private String cityConnection;

  private MigrationHistory migrationHistory;

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public void setNomineeKind(NomineeKind nomineeKind) {
    this.nomineeKind = nomineeKind;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public void setNomineeName(String nomineeName) {
    this.nomineeName = nomineeName;
  }

  public String getNomineeOrganisation() {
    return nomineeOrganisation;
  }

  public void setNomineeOrganisation(String nomineeOrganisation) {
    this.nomineeOrganisation = nomineeOrganisation;
  }

  public String getNomineeEmail() {
    return nomineeEmail;
  }

  public void setNomineeEmail(String nomineeEmail) {
    this.nomineeEmail = nomineeEmail;
  }

  public String getNomineeAddress() {
    return nomineeAddress;
  }

  public void setNomineeAddress(String nomineeAddress) {
    this.nomineeAddress = nomineeAddress;
  }

  public String getNominatorName() {
    return nominatorName;
  }

  public void setNominatorName(String nominatorName) {
    this.nominatorName = nominatorName;
  }

  public String getNominatorEmail() {
    return nominatorEmail;
  }

  public void setNominatorEmail(String nominatorEmail) {
    this.nominatorEmail = nominatorEmail;
  }

  public String getNominatorOrganisation() {
    return nominatorOrganisation;
  }

  public void setNominatorOrganisation(String nominatorOrganisation) {
    this.nominatorOrganisation = nominatorOrganisation;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public String getCityConnection() {
    return cityConnection;
  }

  public void setCityConnection(String cityConnection) {
    this.cityConnection = cityConnection;
  }

  public MigrationHistory getMigrationHistory() {
    return migrationHistory;
  }

  public void setMigrationHistory(MigrationHistory migrationHistory) {
    this.migrationHistory = migrationHistory;
  }
}
