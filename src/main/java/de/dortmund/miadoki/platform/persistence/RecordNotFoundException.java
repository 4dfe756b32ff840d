package de.dortmund.miadoki.platform.persistence;

/** A record asked for by id does not exist (or no longer exists). */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(Class<?> type, Object id) {
    super(type.getSimpleName() + " " + id + " not found");
  }
}
