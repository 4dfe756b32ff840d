package de.dortmund.miadoki.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page bean whose value cannot be read: a Faces page using it fails while rendering. */
@Named
@RequestScoped
public class FailingBean {

  public String getValue() throws Exception {
    if (jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("database-away")) {
      // as a page bean's read fails when the database went away during its commit
      jakarta.transaction.SystemException commit = new jakarta.transaction.SystemException();
      commit.initCause(new javax.transaction.xa.XAException("terminating connection"));
      throw new IllegalStateException(
          new java.lang.reflect.InvocationTargetException(
              new jakarta.transaction.TransactionalException("exception during commit", commit)));
    }
    throw new IllegalStateException(FailingServlet.SECRET);
  }
}
