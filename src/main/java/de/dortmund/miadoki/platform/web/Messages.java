package de.dortmund.miadoki.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages and texts from the bundles ({@code msg}) in the view's language. Arguments are
 * shown as the reader expects them: an enum value by its label ({@link #labelKey}), a date or time
 * in the format of the view's language.
 */
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
        : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(localized(args));
  }

  /** An error tied to a field (client id) or, with null, to the whole page. */
  public static void error(String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** An error whose text is ready (e.g. from Bean Validation), at a field or the whole page. */
  public static void errorText(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** A warning at the top of the page: done, but something needs attention. */
  public static void warn(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
  }

  /**
   * After an action: the message kept over the redirect to {@code outcome} (post-redirect-get);
   * returns the navigation outcome.
   */
  public static String redirect(String outcome, String key, Object... args) {
    keepOverRedirect();
    info(key, args);
    return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  /**
   * Keeps this request's messages across its redirect (post-redirect-get, {@link KeptMessages}).
   */
  public static void keepOverRedirect() {
    FacesContext.getCurrentInstance().getAttributes().put(KeptMessages.KEEP, Boolean.TRUE);
  }

  /** The bundle key of an enum value's label, e.g. "interpreterStatus.PAUSED". */
  public static String labelKey(Enum<?> value) {
    String type = value.getDeclaringClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
  }

  private static Object[] localized(Object[] args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Enum<?> e) {
        shown[i] = text(labelKey(e));
      } else if (arg instanceof LocalDateTime t) {
        shown[i] = Formats.dateTime().format(t);
      } else if (arg instanceof LocalDate d) {
        shown[i] = Formats.date().format(d);
      } else {
        shown[i] = arg;
      }
    }
    return shown;
  }
}
