package de.dortmund.miadoki.platform.security;

import de.dortmund.miadoki.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * How people sign in, chosen by the server's configuration, never by a build: the portal's own
 * accounts and passwords (the default), the city's directory over LDAP behind the portal's login
 * page, or the city's single sign-on service over OpenID Connect.
 *
 * <p>Each setting {@code miadoki.login.x.y} is read from the Java system property of that name,
 * else from the environment variable {@code MIADOKI_LOGIN_X_Y} ({@code -} also becomes {@code _}),
 * else from an optional {@code miadoki-login.properties} on the application's class path. In every
 * mode the portal's roles stay with the portal's user administration: the city's service says who
 * someone is, the portal what that person may do. The annotations of {@link ExternalLogins} read
 * these values through EL as {@code portalLogin.*}.
 */
@Named("portalLogin")
@ApplicationScoped
public class LoginSettings {

  public enum Mode {
    /** The portal's login page and its own accounts and passwords. */
    PORTAL,
    /** The portal's login page; the password is checked by the city's LDAP directory. */
    LDAP,
    /** The city's OpenID Connect provider signs people in; the portal has no login page. */
    OIDC
  }

  static final String PREFIX = "miadoki.login.";
  private static final String FILE = "miadoki-login.properties";

  /** The configured mode; an unknown value stops the deployment rather than fall back silently. */
  public static Mode mode() {
    String value = read("mode", "portal");
    try {
      return Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          PREFIX + "mode must be portal, ldap or oidc, not \"" + value + "\"", e);
    }
  }

  /** One setting, without its {@value #PREFIX} prefix. */
  static String read(String key, String fallback) {
    String name = PREFIX + key;
    String value = Settings.get(name).orElseGet(() -> fromFile().getProperty(name));
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static Properties fromFile() {
    Properties properties = new Properties();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = LoginSettings.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(FILE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
    return properties;
  }

  public String getLdapUrl() {
    return read("ldap.url", "ldap://localhost:389");
  }

  /** The service account that searches the directory; empty for an anonymous search. */
  public String getLdapBindDn() {
    return read("ldap.bind-dn", "");
  }

  public String getLdapBindPassword() {
    return read("ldap.bind-password", "");
  }

  /** Where people are searched, e.g. {@code ou=staff,dc=city,dc=example}. */
  public String getLdapSearchBase() {
    return read("ldap.search-base", "");
  }

  /**
   * The search for the person's entry, {@code %s} standing for the user name typed in, e.g. {@code
   * (&(objectClass=user)(sAMAccountName=%s))}; empty: a person whose name attribute is the name.
   */
  public String getLdapSearchFilter() {
    return read("ldap.search-filter", "");
  }

  /**
   * The attribute that becomes the portal user name ({@code sAMAccountName} in Active Directory).
   */
  public String getLdapNameAttribute() {
    return read("ldap.name-attribute", "uid");
  }

  /** The directory attribute with the person's name as the portal shows it. */
  public String getLdapDisplayNameAttribute() {
    return read("ldap.display-name-attribute", "displayName");
  }

  /** The directory attribute with the person's e-mail address. */
  public String getLdapMailAttribute() {
    return read("ldap.mail-attribute", "mail");
  }

  /**
   * The directory attribute with the code of the person's department, matched to the short name
   * ({@code Kürzel}) of a department of the portal, e.g. {@code departmentNumber} holding {@code
   * JUG}.
   */
  public String getLdapDepartmentAttribute() {
    return read("ldap.department-attribute", "departmentNumber");
  }

  /** The provider's issuer, e.g. {@code https://sso.city.example/realms/city}. */
  public String getOidcProvider() {
    return read("oidc.provider", "https://sso.invalid/");
  }

  public String getOidcClientId() {
    return read("oidc.client-id", "miadoki-portal");
  }

  public String getOidcClientSecret() {
    return read("oidc.client-secret", "");
  }

  /** The ID token claim with the person's name as the portal shows it. */
  public String getOidcDisplayNameClaim() {
    return read("oidc.display-name-claim", "name");
  }

  /** The ID token claim with the person's e-mail address. */
  public String getOidcMailClaim() {
    return read("oidc.mail-claim", "email");
  }

  /** The ID token claim with the code of the person's department (a department's short name). */
  public String getOidcDepartmentClaim() {
    return read("oidc.department-claim", "department");
  }

  /** The token claim that holds the portal user name. */
  public String getOidcNameClaim() {
    return read("oidc.name-claim", "preferred_username");
  }
}
