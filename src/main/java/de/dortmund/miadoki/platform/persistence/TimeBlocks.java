package de.dortmund.miadoki.platform.persistence;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Time cut into five-minute blocks, for tables whose primary key (resource, block) lets the
 * database refuse two bookings of one person or room at the same time, on H2 as on PostgreSQL.
 */
public final class TimeBlocks {

  public static final int MINUTES = 5;

  private TimeBlocks() {}

  /** The blocks from {@code start} (rounded down) to {@code end} (rounded up). */
  public static List<LocalDateTime> of(LocalDateTime start, LocalDateTime end) {
    LocalDateTime block = start.truncatedTo(ChronoUnit.MINUTES);
    block = block.minusMinutes(block.getMinute() % MINUTES);
    List<LocalDateTime> blocks = new ArrayList<>();
    while (block.isBefore(end)) {
      blocks.add(block);
      block = block.plusMinutes(MINUTES);
    }
    return blocks;
  }
}
