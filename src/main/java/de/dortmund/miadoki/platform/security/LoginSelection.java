package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import java.util.logging.Logger;

/**
 * Keeps exactly the login of the configured {@link LoginSettings.Mode}: the classes that declare
 * the other mechanisms are vetoed before the server's Jakarta Security implementation sees them, so
 * one WAR serves every mode.
 */
public class LoginSelection implements Extension {

  private static final Logger LOG = Logger.getLogger(LoginSelection.class.getName());

  private LoginSettings.Mode mode;

  <T> void select(
      @Observes
          @WithAnnotations({
            OpenIdAuthenticationMechanismDefinition.class,
            LdapIdentityStoreDefinition.class
          })
          ProcessAnnotatedType<T> type) {
    if (!wanted(type.getAnnotatedType().getJavaClass())) {
      type.veto();
    }
  }

  void form(@Observes ProcessAnnotatedType<FormLogin> type) {
    if (!wanted(FormLogin.class)) {
      type.veto();
    }
  }

  void directoryAccounts(@Observes ProcessAnnotatedType<DirectoryAccounts> type) {
    if (!wanted(DirectoryAccounts.class)) {
      type.veto();
    }
  }

  private boolean wanted(Class<?> declaring) {
    if (mode == null) {
      mode = LoginSettings.mode();
      LOG.info(() -> "Sign-in mode: " + mode.name().toLowerCase(java.util.Locale.ROOT));
    }
    return switch (mode) {
      case PORTAL -> declaring == FormLogin.class;
      case LDAP ->
          declaring == FormLogin.class
              || declaring == DirectoryLogin.class
              || declaring == DirectoryAccounts.class;
      case OIDC -> declaring == SingleSignOn.class;
    };
  }
}
