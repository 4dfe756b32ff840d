package de.dortmund.miadoki.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Hashtable;
import java.util.Optional;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * The people of the city's directory (mode {@code ldap}), read with the portal's service account:
 * who someone is, with name, e-mail address and department code from the attributes that {@link
 * LoginSettings} names.
 */
@ApplicationScoped
public class DirectoryPeople {

  /** The directory could not be asked (down, wrong service account): nothing can be concluded. */
  public static class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(NamingException cause) {
      super("The city's directory could not be asked: " + cause.getMessage(), cause);
    }
  }

  @Inject LoginSettings settings;

  /** The person with this user name; empty if the directory has none. */
  public Optional<StaffPerson> find(String username) {
    String name = settings.getLdapNameAttribute();
    String display = settings.getLdapDisplayNameAttribute();
    String mail = settings.getLdapMailAttribute();
    String department = settings.getLdapDepartmentAttribute();
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setCountLimit(2);
    controls.setTimeLimit(5_000);
    controls.setReturningAttributes(new String[] {name, display, mail, department, "cn"});
    DirContext context = null;
    try {
      context = new InitialDirContext(environment());
      NamingEnumeration<SearchResult> found =
          context.search(settings.getLdapSearchBase(), filter(), new Object[] {username}, controls);
      try {
        if (!found.hasMore()) {
          return Optional.empty();
        }
        Attributes attributes = found.next().getAttributes();
        String displayName = value(attributes, display);
        return Optional.of(
            new StaffPerson(
                value(attributes, name),
                displayName != null ? displayName : value(attributes, "cn"),
                value(attributes, mail),
                value(attributes, department)));
      } finally {
        found.close();
      }
    } catch (NamingException e) {
      throw new Unreachable(e);
    } finally {
      if (context != null) {
        try {
          context.close();
        } catch (NamingException e) {
          // closing a connection that is gone: nothing left to do
        }
      }
    }
  }

  /** The configured search, its {@code %s} as the argument the directory escapes itself. */
  private String filter() {
    String configured = settings.getLdapSearchFilter();
    return configured.isBlank()
        ? "(&(objectClass=person)(" + settings.getLdapNameAttribute() + "={0}))"
        : configured.replace("%s", "{0}");
  }

  private Hashtable<String, String> environment() {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, settings.getLdapUrl());
    if (!settings.getLdapBindDn().isBlank()) {
      env.put(Context.SECURITY_AUTHENTICATION, "simple");
      env.put(Context.SECURITY_PRINCIPAL, settings.getLdapBindDn());
      env.put(Context.SECURITY_CREDENTIALS, settings.getLdapBindPassword());
    }
    env.put("com.sun.jndi.ldap.connect.timeout", "5000");
    env.put("com.sun.jndi.ldap.read.timeout", "10000");
    return env;
  }

  private static String value(Attributes attributes, String id) throws NamingException {
    Attribute attribute = attributes.get(id);
    Object value = attribute == null ? null : attribute.get();
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
