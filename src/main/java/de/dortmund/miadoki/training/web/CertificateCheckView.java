package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.web.Messages;
import de.dortmund.miadoki.training.application.CertificateCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public check of a certificate: the code from the address (the QR code on the PDF) or typed.
 * Each client may ask a limited number of times in a while ({@link CheckThrottle}), so codes cannot
 * be tried out in numbers.
 */
@Named
@RequestScoped
public class CertificateCheckView {

  @Inject CertificateCheck check;
  @Inject CheckThrottle throttle;

  private String code;
  private CertificateCheck.Verification result;
  private boolean asked;

  /** The page's view action (a code in the address) and its form's action. */
  public void verify() {
    if (code == null || code.isBlank()) {
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (!throttle.allow(de.dortmund.miadoki.platform.security.ClientAddresses.of(request))) {
      Messages.error(null, "verify.throttled");
      return;
    }
    asked = true;
    result = check.verify(code).orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CertificateCheck.Verification getResult() {
    return result;
  }

  public boolean isAsked() {
    return asked;
  }
}
