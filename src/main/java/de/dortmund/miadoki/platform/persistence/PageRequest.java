package de.dortmund.miadoki.platform.persistence;

/**
 * Which rows of a server-side list to fetch: offset, size and an optional sort on a whitelisted
 * attribute (the service decides which attribute names are allowed), and whether the rows, the
 * total or both are wanted (a paged table counts once and then loads the shown page).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Wanted wanted) {

  /** What a page source answers: the rows and the total, the rows only, or the total only. */
  public enum Wanted {
    ROWS_AND_TOTAL,
    ROWS,
    TOTAL
  }

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first < 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size out of range: " + size);
    }
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true, Wanted.ROWS_AND_TOTAL);
  }

  /** The number of matching rows, without any of them. */
  public static PageRequest total() {
    return new PageRequest(0, 1, null, true, Wanted.TOTAL);
  }
}
