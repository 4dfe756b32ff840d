package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.NominationForm;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.application.Nominations.AttachmentInfo;
import de.dortmund.miadoki.awards.domain.InformedHow;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationStatus;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;

/**
 * The award manager's page of one nomination: its content (correctable during the eligibility
 * check), files, the eligibility decision, the nominee's information and consents, the shortlist
 * and the jurors who review it.
 */
@Named
@ViewScoped
public class NominationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Nominations nominations;

  private Long id;
  private Nomination nomination;
  private NominationForm form;
  private List<AttachmentInfo> attachments = List.of();
  private String reason;
  private boolean juryConsent;
  private boolean publicationConsent;
  private List<Long> jurorIds = new ArrayList<>();

  public void load() {
    nomination = nominations.load(id);
    form = Nominations.formOf(nomination);
    attachments = nominations.attachments(id);
    reason = nomination.getIneligibleReason();
    juryConsent = nomination.hasJuryConsent();
    publicationConsent = nomination.hasPublicationConsent();
    jurorIds = new ArrayList<>(nomination.getAssignedJurors().stream().map(Juror::getId).toList());
  }

  public String correct() {
    nominations.correct(id, nomination.getVersion(), form);
    return done("nomination.corrected");
  }

  public String eligible() {
    nominations.decideEligibility(id, nomination.getVersion(), true, null);
    return done("nomination.markedEligible");
  }

  public String ineligible() {
    nominations.decideEligibility(id, nomination.getVersion(), false, reason);
    return done("nomination.markedIneligible");
  }

  public String informByMail() {
    nominations.inform(id, nomination.getVersion(), InformedHow.MAIL, nomineeLocale());
    return done("nomination.informedByMail", nomination.getNomineeEmail());
  }

  public String informedByLetter() {
    nominations.inform(id, nomination.getVersion(), InformedHow.LETTER, nomineeLocale());
    return done("nomination.informedByLetter");
  }

  public String saveConsent() {
    nominations.recordConsent(id, nomination.getVersion(), juryConsent, publicationConsent);
    return done("nomination.consentSaved");
  }

  public String withdrawConsent() {
    nominations.withdrawConsent(id, nomination.getVersion());
    return done("nomination.consentWithdrawn");
  }

  public String shortlist() {
    nominations.shortlist(id, nomination.getVersion(), true);
    return done("nomination.shortlisted");
  }

  public String unshortlist() {
    nominations.shortlist(id, nomination.getVersion(), false);
    return done("nomination.unshortlisted");
  }

  public String assign() {
    nominations.assign(id, nomination.getVersion(), new java.util.HashSet<>(jurorIds));
    return done("nomination.assigned");
  }

  /** Nominees are written to in German, the language of the city's letters. */
  private Locale nomineeLocale() {
    return Locale.GERMAN;
  }

  private String done(String key, Object... args) {
    return Messages.redirect("/awards/nomination?id=" + id, key, args);
  }

  public boolean isInCheck() {
    return nomination.getProgramme().inEligibilityCheck();
  }

  public boolean isEligibilityOpen() {
    NominationStatus s = nomination.getStatus();
    return isInCheck()
        && (s == NominationStatus.RECEIVED
            || s == NominationStatus.ELIGIBLE
            || s == NominationStatus.INELIGIBLE);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Nomination getNomination() {
    return nomination;
  }

  public NominationForm getForm() {
    return form;
  }

  public List<AttachmentInfo> getAttachments() {
    return attachments;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isJuryConsent() {
    return juryConsent;
  }

  public void setJuryConsent(boolean juryConsent) {
    this.juryConsent = juryConsent;
  }

  public boolean isPublicationConsent() {
    return publicationConsent;
  }

  public void setPublicationConsent(boolean publicationConsent) {
    this.publicationConsent = publicationConsent;
  }

  public List<Long> getJurorIds() {
    return jurorIds;
  }

  public void setJurorIds(List<Long> jurorIds) {
    this.jurorIds = jurorIds;
  }
}
