package de.dortmund.miadoki.platform.notification;

/** PENDING until delivered (SENT) or given up after too many attempts (FAILED). */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
