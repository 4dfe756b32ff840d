package de.dortmund.miadoki.platform.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module deletes or anonymises when its time runs out: its kinds of records ({@link
 * RetentionRule}) and, for each, the work that removes what is due. The platform keeps the periods
 * ADMIN set and runs {@link #purge} nightly under its lease, so once per cluster.
 */
public interface RetentionContribution {

  List<RetentionRule> rules();

  /** Where the module's kinds stand on ADMIN's page: the pool first, the platform last. */
  int order();

  /**
   * Deletes or anonymises the records of the kind {@code key} whose period ended before {@code
   * cutoff} (today minus the period), in transactions of the module's own choosing; returns how
   * many records it removed or anonymised.
   */
  int purge(String key, LocalDate cutoff);
}
