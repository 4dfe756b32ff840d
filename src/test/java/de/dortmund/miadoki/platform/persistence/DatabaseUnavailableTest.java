package de.dortmund.miadoki.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aLostOrRefusedConnectionDeepInTheCausesIsTheDatabaseBeingAway() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(
                    "query failed",
                    new SQLException(
                        "An I/O error occurred while sending to the backend.", "08006"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new IllegalStateException(
                    new SQLException(
                        "Error in allocating a connection",
                        null,
                        new ConnectException("Connection refused")))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new SQLException("terminating connection due to administrator command", "57P01")))
        .isTrue();
    // the commit of a transaction whose connection broke (Payara's transaction manager)
    SystemException commit = new SystemException();
    commit.initCause(
        new XAException(
            "This Managed Connection is not valid as the physical connection is not usable"));
    assertThat(
            DatabaseUnavailable.causedBy(
                new TransactionalException("exception during commit", commit)))
        .isTrue();
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("connection lost", "08003"));
    assertThat(DatabaseUnavailable.causedBy(batch)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(
                    new SQLException("duplicate key value violates unique constraint", "23505"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
  }
}
