package de.dortmund.miadoki.interpreting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/**
 * The checks before an interpreter may be sent: an extended certificate of good conduct not older
 * than {@link #CERTIFICATE_VALIDITY}, the confidentiality and data-secrecy pledges, and the
 * induction training.
 */
@Embeddable
public class Vetting implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Period CERTIFICATE_VALIDITY = Period.ofYears(5);

  @Column(name = "good_conduct_date")
  private LocalDate goodConductCertificate;

  @Column(name = "confidentiality_signed", nullable = false)
  private boolean confidentialityPledge;

  @Column(name = "data_secrecy_signed", nullable = false)
  private boolean dataSecrecyPledge;

  @Column(name = "induction_done", nullable = false)
  private boolean induction;

  protected Vetting() {}

  public Vetting(
      LocalDate goodConductCertificate,
      boolean confidentialityPledge,
      boolean dataSecrecyPledge,
      boolean induction) {
    this.goodConductCertificate = goodConductCertificate;
    this.confidentialityPledge = confidentialityPledge;
    this.dataSecrecyPledge = dataSecrecyPledge;
    this.induction = induction;
  }

  public static Vetting none() {
    return new Vetting(null, false, false, false);
  }

  /** Complete and the certificate still valid on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return goodConductCertificate != null
        && !goodConductCertificate.isAfter(day)
        && day.isBefore(goodConductCertificate.plus(CERTIFICATE_VALIDITY))
        && confidentialityPledge
        && dataSecrecyPledge
        && induction;
  }

  public LocalDate getGoodConductCertificate() {
    return goodConductCertificate;
  }

  public boolean isConfidentialityPledge() {
    return confidentialityPledge;
  }

  public boolean isDataSecrecyPledge() {
    return dataSecrecyPledge;
  }

  public boolean isInduction() {
    return induction;
  }
}
