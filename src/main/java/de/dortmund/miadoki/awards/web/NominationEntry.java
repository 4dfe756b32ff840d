package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.NominationForm;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.application.Nominations.Upload;
import de.dortmund.miadoki.awards.application.PublicNominations;
import de.dortmund.miadoki.awards.domain.AttachmentCheck;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.platform.security.CurrentUser;
import de.dortmund.miadoki.platform.security.RequestThrottle;
import de.dortmund.miadoki.platform.security.Role;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * The nomination form: the public call without login ({@code /nominate.xhtml}, limited to {@value
 * #LIMIT} nominations per client and hour, counted in the database) and the same form for staff and
 * the award manager in the portal, who may also enter nominations while eligibility is being
 * checked.
 */
@Named
@ViewScoped
public class NominationEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String THROTTLE = "award.nominate";
  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofHours(1);
  private static final String PUBLIC_VIEW = "/nominate.xhtml";

  @Inject PublicNominations publicNominations;
  @Inject Nominations nominations;
  @Inject AwardProgrammes programmes;
  @Inject RequestThrottle throttle;
  @Inject LocaleSelector localeSelector;
  @Inject CurrentUser currentUser;

  private Long programmeId;
  private List<AwardProgramme> open = List.of();
  private NominationForm form = new NominationForm();
  private transient List<Part> files;

  public void load() {
    Map<Long, AwardProgramme> offered = new LinkedHashMap<>();
    publicNominations.openForNominations().forEach(p -> offered.put(p.getId(), p));
    if (!isPublicForm() && currentUser.hasRole(Role.AWARD_MANAGER)) {
      programmes.all().stream()
          .filter(AwardProgramme::inEligibilityCheck)
          .forEach(p -> offered.putIfAbsent(p.getId(), programmes.load(p.getId())));
    }
    open = new ArrayList<>(offered.values());
    if (programmeId == null && open.size() == 1) {
      programmeId = open.get(0).getId();
    }
  }

  public String submit() {
    AwardProgramme programme = getProgramme();
    if (programme == null) {
      Messages.error(null, "award.nominate.closed");
      return null;
    }
    if (isPublicForm() && !throttle.allow(THROTTLE, clientAddress(), LIMIT, WINDOW)) {
      Messages.error(null, "nominate.throttled");
      return null;
    }
    List<Upload> uploads = uploads();
    Nomination nomination =
        isPublicForm()
            ? publicNominations.submit(programme.getId(), form, uploads, localeSelector.getLocale())
            : nominations.enter(programme.getId(), form, uploads, localeSelector.getLocale());
    String view = isPublicForm() ? "/nominate" : "/awards/nominate";
    return Messages.redirect(
        view, "nominate.received", nomination.getReceiptNumber(), form.getNominatorEmail());
  }

  /** The files, each read no further than one byte past the limit (enough to refuse it). */
  private List<Upload> uploads() {
    List<Upload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (Part part : files) {
      if (part == null || part.getSize() == 0) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        uploads.add(
            new Upload(
                part.getSubmittedFileName(), in.readNBytes((int) AttachmentCheck.MAX_BYTES + 1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  private static String clientAddress() {
    return de.dortmund.miadoki.platform.security.ClientAddresses.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public boolean isPublicForm() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot() != null && PUBLIC_VIEW.equals(context.getViewRoot().getViewId());
  }

  /** The page the form is on (public or in the portal), for the links to choose a prize. */
  public String getViewPath() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId();
  }

  public AwardProgramme getProgramme() {
    return open.stream().filter(p -> p.getId().equals(programmeId)).findFirst().orElse(null);
  }

  public int getMaxFiles() {
    return AttachmentCheck.MAX_FILES;
  }

  public long getMaxMegabytes() {
    return AttachmentCheck.MAX_BYTES / (1024 * 1024);
  }

  public List<AwardProgramme> getOpen() {
    return open;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public NominationForm getForm() {
    return form;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
