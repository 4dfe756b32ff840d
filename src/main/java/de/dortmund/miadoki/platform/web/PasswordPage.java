package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.security.PasswordLinks;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * The page a mailed link opens ({@code /password.xhtml?token=}): it says whose password it sets,
 * takes the new password twice and uses the link up. A link that no longer works says so and leads
 * to a new one.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordLinks passwordLinks;

  private String token;
  private PasswordLinks.Link link;
  private boolean done;

  private final NewPassword password = new NewPassword();

  /** Reads the link once, when the page opens. */
  public void load() {
    if (link == null && !done) {
      link = token == null ? null : passwordLinks.check(token).orElse(null);
    }
  }

  public void setPassword() {
    if (!password.repeatedIn("passwordForm")) {
      return;
    }
    if (!passwordLinks.setPassword(token, password.getNewPassword())) {
      link = null;
      return;
    }
    done = true;
    password.clear();
  }

  /** Whether the link works and the password is still to be set. */
  public boolean isValid() {
    return link != null && !done;
  }

  public boolean isDone() {
    return done;
  }

  public PasswordLinks.Link getLink() {
    return link;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public NewPassword getPassword() {
    return password;
  }
}
