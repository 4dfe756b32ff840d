package de.dortmund.miadoki.platform.organisation;

import jakarta.ejb.ApplicationException;

/** Another department already has this short name. */
@ApplicationException(rollback = true)
public class ShortNameTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ShortNameTakenException(String shortName) {
    super("Short name taken: " + shortName);
  }
}
