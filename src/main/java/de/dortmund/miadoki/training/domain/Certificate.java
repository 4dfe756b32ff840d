package de.dortmund.miadoki.training.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A certificate of attendance. It keeps what it certifies (name, course, dates) as issued, so a
 * later change of the account or the course does not change a certificate already handed out; its
 * code, long and random, is what the public verification page checks.
 */
@Entity
@Table(name = "training_certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "select c from Certificate c where c.code = :code")
@NamedQuery(
    name = Certificate.OF_REGISTRATION,
    query = "select c from Certificate c where c.registration = :registration")
public class Certificate extends BaseEntity {

  public static final String BY_CODE = "Certificate.byCode";
  public static final String OF_REGISTRATION = "Certificate.ofRegistration";

  /** Letters without look-alikes (no 0/O, 1/I/L), in groups of four. */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  @OneToOne(optional = false)
  @JoinColumn(name = "registration_id", nullable = false, updatable = false)
  private Registration registration;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @Column(name = "course_title", nullable = false)
  private String courseTitle;

  @Column(name = "held_from", nullable = false)
  private LocalDate heldFrom;

  @Column(name = "held_to", nullable = false)
  private LocalDate heldTo;

  /** Not every part was attended: the certificate names the parts attended. */
  @Column(name = "partial", nullable = false)
  private boolean partial;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "revoked", nullable = false)
  private boolean revoked;

  protected Certificate() {}

  public Certificate(Registration registration, String code, boolean partial, Instant now) {
    TrainingSession session = registration.getSession();
    this.registration = registration;
    this.code = code;
    this.personName = registration.getPersonName();
    this.courseTitle = session.getCourse().getTitle();
    this.heldFrom = session.getStartsAt().toLocalDate();
    this.heldTo = session.getEndsAt().toLocalDate();
    this.partial = partial;
    this.issuedAt = Timestamps.of(now);
  }

  public void revoke() {
    this.revoked = true;
  }

  public Registration getRegistration() {
    return registration;
  }

  public String getCode() {
    return code;
  }

  public String getPersonName() {
    return personName;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public LocalDate getHeldFrom() {
    return heldFrom;
  }

  public LocalDate getHeldTo() {
    return heldTo;
  }

  public boolean isPartial() {
    return partial;
  }

  public Instant getIssuedAt() {
    return Timestamps.instant(issuedAt);
  }

  public boolean isRevoked() {
    return revoked;
  }

  @Override
  public String auditSubject() {
    return registration.getUsername();
  }

  /** The code as typed, in the stored form: upper case, groups of four joined by hyphens. */
  public static String normalise(String typed) {
    String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < bare.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(bare.charAt(i));
    }
    return code.toString();
  }

  /** 20 characters of a 31-letter alphabet: about 99 bits, not to be guessed. */
  public static String newCode() {
    StringBuilder bare = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      bare.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return normalise(bare.toString());
  }
}
