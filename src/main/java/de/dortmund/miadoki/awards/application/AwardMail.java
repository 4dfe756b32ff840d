package de.dortmund.miadoki.awards.application;

import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.platform.notification.MailOutbox;
import de.dortmund.miadoki.platform.notification.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The awards' mails, through the outbox in the same transaction as what they report. They name the
 * edition and the nominee, never the justification or anything of the eligibility check.
 */
@ApplicationScoped
class AwardMail {

  @Inject MailOutbox outbox;
  @Inject PortalLinks links;

  /** The receipt number to the nominator: {0} nominee, {1} receipt, {2} edition, {3} nominator. */
  void receipt(Nomination n, Locale locale) {
    outbox.enqueue(
        n.getNominatorEmail(),
        locale,
        "mail.award.receipt",
        n.getNomineeName(),
        n.getReceiptNumber(),
        n.getProgramme().getTitle(),
        n.getNominatorName());
  }

  /**
   * The nominee's information (Art. 14 GDPR): {0} nominee, {1} edition, {2} nominator, {3} the
   * nominator's organisation or nothing, {4} receipt number.
   */
  void informNominee(Nomination n, Locale locale) {
    outbox.enqueue(
        n.getNomineeEmail(),
        locale,
        "mail.award.inform",
        n.getNomineeName(),
        n.getProgramme().getTitle(),
        n.getNominatorName(),
        n.getNominatorOrganisation() == null ? "" : " (" + n.getNominatorOrganisation() + ")",
        n.getReceiptNumber());
  }

  /** To a juror when the review begins: {0} edition, {1} link to the jury's page. */
  void reviewBegins(String username, AwardProgramme programme) {
    outbox
        .addressee(username)
        .ifPresent(
            a ->
                outbox.enqueue(
                    a.email(),
                    a.locale(),
                    "mail.award.reviewBegins",
                    programme.getTitle(),
                    links.to("/awards/jury.xhtml?programme=" + programme.getId())));
  }
}
