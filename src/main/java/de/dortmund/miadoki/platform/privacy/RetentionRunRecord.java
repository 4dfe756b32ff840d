package de.dortmund.miadoki.platform.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One day's deletion: when it started and finished, who started it, what it removed. */
public record RetentionRunRecord(
    LocalDate day,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String startedBy,
    String summary)
    implements Serializable {}
