package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import java.util.logging.Logger;

/**
 * Keeps the identity stores of the configured {@link LoginSettings.Mode}: outside mode {@code ldap}
 * the directory's store and the accounts it provides are vetoed before the server's Jakarta
 * Security implementation sees them, so one WAR serves every mode. The login mechanism is always
 * {@link FormLogin}.
 */
public class LoginSelection implements Extension {

  private static final Logger LOG = Logger.getLogger(LoginSelection.class.getName());

  private LoginSettings.Mode mode;

  <T> void directory(
      @Observes @WithAnnotations(LdapIdentityStoreDefinition.class) ProcessAnnotatedType<T> type) {
    if (!directoryWanted()) {
      type.veto();
    }
  }

  void directoryAccounts(@Observes ProcessAnnotatedType<DirectoryAccounts> type) {
    if (!directoryWanted()) {
      type.veto();
    }
  }

  private boolean directoryWanted() {
    if (mode == null) {
      mode = LoginSettings.mode();
      LOG.info(() -> "Sign-in mode: " + mode.name().toLowerCase(java.util.Locale.ROOT));
    }
    return mode == LoginSettings.Mode.LDAP;
  }
}
