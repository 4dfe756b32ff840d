package de.dortmund.miadoki.platform.web;

import de.dortmund.miadoki.platform.config.Settings;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.OutboxMessage;
import de.dortmund.miadoki.platform.notification.OutboxStatus;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administration's "Postausgang": which mails the portal sent, which wait and why, which it
 * gave up. The text of a mail is shown only in a demo run, where it stands in for a mail catcher
 * (its links set passwords; on a real system they belong to the recipient alone).
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailOutbox outbox;

  private OutboxStatus status;
  private String recipient;
  private PagedModel<OutboxMessage> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> outbox.search(status, recipient, page));
  }

  public boolean isShowingTexts() {
    return Settings.demo();
  }

  public OutboxStatus[] getStatuses() {
    return OutboxStatus.values();
  }

  public PagedModel<OutboxMessage> getModel() {
    return model;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public void setStatus(OutboxStatus status) {
    this.status = status;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }
}
