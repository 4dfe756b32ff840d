package de.dortmund.miadoki.platform.persistence;

import java.util.List;

/** One page of a list that is paged on the server, with the total number of matching rows. */
public record Page<T>(List<T> rows, long total) {}
