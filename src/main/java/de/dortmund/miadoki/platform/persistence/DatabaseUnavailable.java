package de.dortmund.miadoki.platform.persistence;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.transaction.xa.XAException;

/**
 * Whether a failure means that the database could not be reached (restarted, network gone, pool
 * unable to connect) rather than that something was wrong with the work itself: such a failure ends
 * in "please try again", with status 503, and nothing of the work was stored (its transaction could
 * not commit).
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  /**
   * True if anything in the chain of causes is a lost or refused connection: SQLState class 08
   * (connection exception), 57P01-57P03 (PostgreSQL shutting down or starting), the socket refusing
   * the connection, or the transaction manager failing to commit on its resource (the connection
   * broke during the commit: whether the work was stored is then only known once the database is
   * back).
   */
  public static boolean causedBy(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof XAException
          || t instanceof SystemException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (connectionState(e.getSQLState())) {
            return true;
          }
          if (e.getNextException() == e) {
            break;
          }
        }
      }
    }
    return false;
  }

  private static boolean connectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
