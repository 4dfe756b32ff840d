package de.dortmund.miadoki.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the {@code messages} bundle in the view's language. */
public final class Messages {

  private Messages() {}

  public static String text(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
  }

  /** An error tied to a field (client id) or, with null, to the whole form. */
  public static void error(String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** Keeps messages across a redirect (post-redirect-get). */
  public static void keepOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
