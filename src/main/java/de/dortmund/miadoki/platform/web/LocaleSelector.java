package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.OwnAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: German unless the person chose English, remembered per account. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OwnAccount ownAccount;

  private Locale locale = Locale.GERMAN;
  private boolean chosenBeforeLogin;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches the language; stored in the account when someone is logged in. */
  public String select(String language) {
    adopt(language);
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getExternalContext().getUserPrincipal() != null) {
      ownAccount.preferLanguage(locale.getLanguage());
    } else {
      chosenBeforeLogin = true;
    }
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  /**
   * At login: a language picked on the login page wins and is saved for the account; otherwise the
   * account's saved language applies.
   */
  public void applyAtLogin(String savedLanguage) {
    if (chosenBeforeLogin) {
      ownAccount.preferLanguage(locale.getLanguage());
      chosenBeforeLogin = false;
    } else {
      adopt(savedLanguage);
    }
  }

  /** Takes over a saved preference without storing it again. */
  public void adopt(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(locale);
    }
  }
}
