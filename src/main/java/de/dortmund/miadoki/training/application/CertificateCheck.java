package de.dortmund.miadoki.training.application;

import de.dortmund.miadoki.training.domain.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public check of a certificate's code, for anyone without a login (an employer, an authority):
 * it shows only name, course, dates and validity. How often a client may ask is limited by the page
 * ({@code CertificateCheckView}).
 */
@ApplicationScoped
public class CertificateCheck {

  /** What the public page shows of a certificate: no more than this. */
  public record Verification(
      String personName,
      String courseTitle,
      LocalDate heldFrom,
      LocalDate heldTo,
      boolean partial,
      boolean valid)
      implements Serializable {}

  @PersistenceContext EntityManager em;

  /** What the public page may show for a code: nothing if there is no such certificate. */
  @Transactional
  public Optional<Verification> verify(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normal = Certificate.normalise(code);
    return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
        .setParameter("code", normal)
        .getResultStream()
        .findFirst()
        .map(
            c ->
                new Verification(
                    c.getPersonName(),
                    c.getCourseTitle(),
                    c.getHeldFrom(),
                    c.getHeldTo(),
                    c.isPartial(),
                    !c.isRevoked()));
  }
}
