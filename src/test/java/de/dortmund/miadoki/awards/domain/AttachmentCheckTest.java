package de.dortmund.miadoki.awards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.dortmund.miadoki.awards.domain.AttachmentCheck.FileKind;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};
  private static final byte[] HTML =
      "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  @Test
  void theKindComesFromTheContentNotFromTheName() {
    assertThat(AttachmentCheck.kindOf(PDF)).contains(FileKind.PDF);
    assertThat(AttachmentCheck.kindOf(JPEG)).contains(FileKind.JPEG);
    assertThat(AttachmentCheck.kindOf(PNG)).contains(FileKind.PNG);
    assertThat(AttachmentCheck.kindOf(EXE)).isEmpty();
    assertThat(AttachmentCheck.kindOf(HTML)).isEmpty();
    assertThat(AttachmentCheck.kindOf(new byte[] {'%', 'P'})).isEmpty();
    assertThat(AttachmentCheck.kindOf(null)).isEmpty();

    assertThat(AttachmentCheck.check("files", "Lebenslauf.pdf", HTML, 0))
        .extracting(RuleViolation::messageKey)
        .containsExactly("award.attachment.type");
    assertThat(AttachmentCheck.check("files", "programm.exe", PDF, 0)).isEmpty();
  }

  @Test
  void namesAreMadeSafeAndGetTheExtensionOfTheirRealKind() {
    assertThat(AttachmentCheck.sanitisedName("../../etc/passwd", FileKind.PDF))
        .isEqualTo("passwd.pdf");
    assertThat(AttachmentCheck.sanitisedName("C:\\Users\\Hêvî\\Brief an <Jury>.exe", FileKind.PDF))
        .isEqualTo("Brief an _Jury_.pdf");
    assertThat(AttachmentCheck.sanitisedName("Фото Олена.JPG", FileKind.JPEG))
        .isEqualTo("Фото Олена.jpg");
    assertThat(AttachmentCheck.sanitisedName("..hidden..png", FileKind.PNG))
        .isEqualTo("hidden.png");
    assertThat(AttachmentCheck.sanitisedName("Nguyễn\u0000 Thị\tHoa.pdf", FileKind.PDF))
        .isEqualTo("Nguyễn ThịHoa.pdf");
    assertThat(AttachmentCheck.sanitisedName("...", FileKind.PDF)).isEqualTo("anhang.pdf");
    assertThat(AttachmentCheck.sanitisedName(null, FileKind.PNG)).isEqualTo("anhang.png");
    String longName = "ا".repeat(200) + ".pdf";
    String safe = AttachmentCheck.sanitisedName(longName, FileKind.PDF);
    assertThat(safe.codePointCount(0, safe.length())).isEqualTo(84);
    assertThat(safe).endsWith(".pdf").doesNotContain("/", "\\", "..");
  }

  @Test
  void sizeEmptinessAndNumberAreChecked() {
    byte[] large = Arrays.copyOf(PDF, (int) AttachmentCheck.MAX_BYTES + 1);
    assertThat(AttachmentCheck.check("files", "gross.pdf", large, 0))
        .extracting(RuleViolation::messageKey)
        .containsExactly("award.attachment.tooLarge");
    byte[] exactly = Arrays.copyOf(PDF, (int) AttachmentCheck.MAX_BYTES);
    assertThat(AttachmentCheck.check("files", "genau.pdf", exactly, 0)).isEmpty();

    assertThat(AttachmentCheck.check("files", "leer.pdf", new byte[0], 0))
        .extracting(RuleViolation::messageKey)
        .containsExactly("award.attachment.empty");

    assertThat(AttachmentCheck.check("files", "vierte.png", PNG, 2)).isEmpty();
    assertThat(AttachmentCheck.check("files", "vierte.png", PNG, 3))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.messageKey()).isEqualTo("award.attachment.tooMany");
              assertThat(v.field()).isEqualTo("files");
              assertThat(v.details()).containsExactly(3);
            });

    byte[] largeProgram = Arrays.copyOf(EXE, (int) AttachmentCheck.MAX_BYTES + 10);
    assertThat(AttachmentCheck.check("files", "setup.pdf", largeProgram, 0))
        .extracting(RuleViolation::messageKey)
        .containsExactly("award.attachment.tooLarge", "award.attachment.type");
  }
}
