package de.dortmund.miadoki.platform.persistence;

/** Fired once at start-up after the schema is migrated; observers may then use the database. */
public record DatabaseReady() {}
