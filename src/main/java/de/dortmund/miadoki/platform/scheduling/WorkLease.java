package de.dortmund.miadoki.platform.scheduling;

import de.dortmund.miadoki.platform.persistence.Timestamps;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Who holds the right to run one piece of scheduled work, and until when (see {@link Leases}). */
@Cacheable(false)
@Entity
@Table(name = "work_lease")
public class WorkLease implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "holder")
  private String holder;

  @Column(name = "held_until", nullable = false)
  private OffsetDateTime heldUntil;

  protected WorkLease() {}

  /** A lease nobody holds yet. */
  WorkLease(String name) {
    this.name = name;
    this.heldUntil = Timestamps.of(Instant.EPOCH);
  }

  public String getName() {
    return name;
  }

  public String getHolder() {
    return holder;
  }

  public Instant getHeldUntil() {
    return Timestamps.instant(heldUntil);
  }
}
