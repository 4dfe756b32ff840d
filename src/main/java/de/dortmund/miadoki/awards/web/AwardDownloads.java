package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.application.JuryResults;
import de.dortmund.miadoki.awards.application.JuryResults.Winner;
import de.dortmund.miadoki.awards.application.Nominations;
import de.dortmund.miadoki.awards.domain.Attachment;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.infrastructure.AwardPdfs;
import de.dortmund.miadoki.platform.export.CsvWriter;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.platform.web.LocaleSelector;
import de.dortmund.miadoki.platform.web.PortalBundles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The awards' files: a nomination's attachment (award manager, or a juror who declared no
 * conflict), the nominee's letter, the winners for the press as PDF and CSV, and all nominations
 * about one nominee as CSV (award manager). The services check and audit every access.
 */
@WebServlet({
  "/awards/attachment",
  "/awards/letter.pdf",
  "/awards/winners.pdf",
  "/awards/winners.csv",
  "/awards/nominee.csv"
})
public class AwardDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Nominations nominations;
  @Inject transient AwardProgrammes programmes;
  @Inject transient JuryResults results;
  @Inject transient LocaleSelector localeSelector;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    if (path.endsWith("/nominee.csv")) {
      nomineeCsv(request.getParameter("q"), response);
      return;
    }
    Optional<Long> id =
        Downloads.number(request, path.startsWith("/awards/winners") ? "programme" : "id");
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    switch (path) {
      case "/awards/attachment" -> attachment(id.get(), response);
      case "/awards/letter.pdf" -> letter(id.get(), response);
      case "/awards/winners.pdf" -> winnersPdf(id.get(), response);
      default -> winnersCsv(id.get(), response);
    }
  }

  private void attachment(long id, HttpServletResponse response) throws IOException {
    Attachment file = nominations.attachment(id);
    // never shown in the browser's page context: always saved, with its checked type
    response.setHeader("Content-Security-Policy", "sandbox");
    Downloads.send(response, file.getContentType(), file.getFileName(), true, file.getContent());
  }

  private void letter(long id, HttpServletResponse response) throws IOException {
    Nomination n = nominations.load(id);
    Downloads.send(
        response,
        "application/pdf",
        "benachrichtigung-" + n.getReceiptNumber() + ".pdf",
        true,
        AwardPdfs.letter(n, LocalDate.now(clock)));
  }

  private void winnersPdf(long programmeId, HttpServletResponse response) throws IOException {
    AwardProgramme programme = programmes.load(programmeId);
    List<Winner> winners = results.winners(programmeId);
    Downloads.send(
        response,
        "application/pdf",
        "preistraeger-" + programme.getType().receiptPrefix() + "-" + programme.getYear() + ".pdf",
        true,
        AwardPdfs.winners(programme, winners));
  }

  private void winnersCsv(long programmeId, HttpServletResponse response) throws IOException {
    AwardProgramme programme = programmes.load(programmeId);
    Locale locale = localeSelector.getLocale();
    ResourceBundle text = PortalBundles.of("i18n.awards", locale);
    CsvWriter csv =
        new CsvWriter(
            locale,
            List.of(
                text.getString("winners.category"),
                text.getString("winners.place"),
                text.getString("winners.nominee"),
                text.getString("nomination.nomineeOrganisation"),
                text.getString("winners.amount"),
                text.getString("winners.tied")));
    for (Winner w : results.winners(programmeId)) {
      csv.row(
          w.category(),
          w.rank(),
          w.nomineeName(),
          w.nomineeOrganisation(),
          w.amount(),
          w.tied() ? text.getString("winners.tiedYes") : "");
    }
    Downloads.send(
        response,
        "text/csv; charset=UTF-8",
        "preistraeger-" + programme.getType().receiptPrefix() + "-" + programme.getYear() + ".csv",
        true,
        csv.toBytes());
  }

  /** Everything about one nominee, the Art. 9 answer included: it is their own data. */
  private void nomineeCsv(String query, HttpServletResponse response) throws IOException {
    if (query == null || query.isBlank()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = localeSelector.getLocale();
    ResourceBundle text = PortalBundles.of("i18n.awards", locale);
    List<String> columns =
        List.of(
            "nomination.receipt",
            "nominations.programme",
            "nomination.category",
            "nomination.status",
            "nomination.nomineeKind",
            "nomination.nomineeName",
            "nomination.nomineeOrganisation",
            "nomination.nomineeEmail",
            "nomination.nomineeAddress",
            "nomination.nominatorName",
            "nomination.nominatorEmail",
            "nomination.nominatorOrganisation",
            "nomination.justification",
            "nomination.cityConnection",
            "nomination.migrationHistory",
            "nomination.ineligibleReason",
            "nomination.submittedAt",
            "nomination.informed",
            "nomination.juryConsent",
            "nomination.publicationConsent",
            "nomination.consentWithdrawnAt");
    CsvWriter csv = new CsvWriter(locale, columns.stream().map(text::getString).toList());
    for (Nomination n : nominations.aboutNominee(query)) {
      csv.row(
          n.getReceiptNumber(),
          n.getProgramme().getTitle(),
          n.getCategory().getName(),
          text.getString(n.getStatus().messageKey()),
          text.getString(n.getNomineeKind().messageKey()),
          n.getNomineeName(),
          n.getNomineeOrganisation(),
          n.getNomineeEmail(),
          n.getNomineeAddress(),
          n.getNominatorName(),
          n.getNominatorEmail(),
          n.getNominatorOrganisation(),
          n.getJustification(),
          n.getCityConnection(),
          n.getMigrationHistory() == null
              ? ""
              : text.getString(n.getMigrationHistory().messageKey()),
          n.getIneligibleReason(),
          n.getSubmittedAt(),
          n.getInformedAt(),
          n.getJuryConsentAt(),
          n.getPublicationConsentAt(),
          n.getConsentWithdrawnAt());
    }
    Downloads.send(
        response, "text/csv; charset=UTF-8", "nominierungen-auskunft.csv", true, csv.toBytes());
  }
}
