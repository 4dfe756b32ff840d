package de.dortmund.miadoki.platform.persistence;

import java.util.List;

/**
 * One page of a list that is paged on the server, with the total number of matching rows ({@link
 * #UNCOUNTED} when the request asked for the rows only).
 */
public record Page<T>(List<T> rows, long total) {

  public static final long UNCOUNTED = -1;
}
