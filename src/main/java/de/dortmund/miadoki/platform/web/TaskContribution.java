package de.dortmund.miadoki.platform.web;

import java.util.List;

/**
 * Each module lists what waits for the current person (e.g. assignments to confirm) by providing a
 * bean of this type; the home page shows every task with a count above zero, linked to the list
 * that holds the items.
 */
public interface TaskContribution {

  /** Something to do: a message key with {0} for the count, and where to do it. */
  record Task(String messageKey, long count, String link) {}

  List<Task> tasks();
}
