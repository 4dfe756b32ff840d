package de.dortmund.miadoki.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.dortmund.miadoki.platform.export.PdfQrCodes;
import de.dortmund.miadoki.training.domain.Certificate;
import de.dortmund.miadoki.training.domain.Course;
import de.dortmund.miadoki.training.domain.CourseData;
import de.dortmund.miadoki.training.domain.PartTime;
import de.dortmund.miadoki.training.domain.Registration;
import de.dortmund.miadoki.training.domain.SessionPlan;
import de.dortmund.miadoki.training.domain.Topic;
import de.dortmund.miadoki.training.domain.Trainer;
import de.dortmund.miadoki.training.domain.TrainingSession;
import de.dortmund.miadoki.training.domain.WaitingListPolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final String URL =
      "https://portal.stadt.example/miadoki-portal/verify.xhtml?code=ABCD-EFGH-JKMN-PQRS-TUVW";

  @Test
  void theQrCodeReadsBackAsTheCheckingAddress() throws Exception {
    BitMatrix modules = PdfQrCodes.matrix(URL);
    int scale = 4;
    int width = modules.getWidth() * scale;
    int[] pixels = new int[width * width];
    for (int y = 0; y < width; y++) {
      for (int x = 0; x < width; x++) {
        pixels[y * width + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap image =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
    assertThat(new QRCodeReader().decode(image).getText()).isEqualTo(URL);
  }

  @Test
  void theCertificateNamesPersonCourseDatesAndCodeInEveryScript() throws Exception {
    LocalDateTime start = LocalDateTime.of(2026, 10, 20, 9, 0);
    Course course =
        new Course(
            new CourseData(
                "Interkulturelle Kompetenz im Bürgerservice",
                "…",
                Topic.INTERCULTURAL_COMPETENCE,
                "alle",
                420,
                1,
                10,
                false,
                false,
                true));
    TrainingSession session =
        new TrainingSession(
            course,
            new SessionPlan(
                null,
                "https://meet.example.org",
                List.of(new Trainer("Hasan Çelik", "h@x.org", null, false)),
                List.of(new PartTime(start, start.withHour(16))),
                10,
                1,
                start.minusDays(3),
                WaitingListPolicy.AUTOMATIC,
                0,
                false));
    for (String name :
        List.of("Ayşe Şeker", "Nguyễn Văn Minh", "Оксана Шевченко", "Hêvî Demirtaş")) {
      Registration registration =
          new Registration(
              session, new Registration.Person("x", name, null), 1, null, "x", true, Instant.now());
      Certificate certificate =
          new Certificate(registration, "ABCD-EFGH-JKMN-PQRS-TUVW", false, Instant.now());
      byte[] pdf = CertificatePdf.render(certificate, List.of(), URL);
      PdfReader reader = new PdfReader(pdf);
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      reader.close();
      assertThat(text)
          .contains(name)
          .contains("Interkulturelle Kompetenz im Bürgerservice")
          .contains("20.10.2026")
          .contains("ABCD-EFGH-JKMN-PQRS-TUVW");
    }
  }
}
