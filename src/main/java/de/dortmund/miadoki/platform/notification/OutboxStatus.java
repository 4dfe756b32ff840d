package de.dortmund.miadoki.platform.notification;

/**
 * PENDING until delivered (SENT) or given up after too many attempts (FAILED). SENDING while a
 * server hands the mail to the mail server; a mail that stays SENDING was interrupted (the server
 * or the database went away in between) and may or may not have gone out: it is not sent again by
 * itself, so that no one gets a mail twice, and the outbox page shows it.
 */
public enum OutboxStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
