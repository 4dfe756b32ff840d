package de.dortmund.miadoki.platform.persistence;

/**
 * Which rows of a server-side list to fetch: offset, size and an optional sort on a whitelisted
 * attribute (the service decides which attribute names are allowed).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

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
    return new PageRequest(first, size, null, true);
  }
}
