package de.dortmund.miadoki.training.web;

import de.dortmund.miadoki.platform.notification.PortalLinks;
import de.dortmund.miadoki.platform.web.Downloads;
import de.dortmund.miadoki.training.application.Certificates;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.infrastructure.CertificatePdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The PDF of one certificate ({@code ?id=}), for its holder or the training manager; the service
 * refuses (and audits) anyone else.
 */
@WebServlet("/training/certificate.pdf")
public class CertificateDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Certificates certificates;
  @Inject transient PortalLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id = Downloads.number(request, "id");
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Certificate certificate = certificates.load(id.get());
    String checkUrl =
        links.to(
            "/verify.xhtml?code="
                + URLEncoder.encode(certificate.getCode(), StandardCharsets.UTF_8));
    Downloads.send(
        response,
        "application/pdf",
        "teilnahmebescheinigung-" + id.get() + ".pdf",
        true,
        CertificatePdf.render(certificate, certificates.attended(id.get()), checkUrl));
  }
}
