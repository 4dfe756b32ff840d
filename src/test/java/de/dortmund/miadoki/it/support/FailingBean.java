package de.dortmund.miadoki.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page bean whose value cannot be read: a Faces page using it fails while rendering. */
@Named
@RequestScoped
public class FailingBean {

  public String getValue() {
    throw new IllegalStateException(FailingServlet.SECRET);
  }
}
