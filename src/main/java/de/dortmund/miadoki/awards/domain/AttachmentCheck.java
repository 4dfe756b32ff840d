package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.rules.RuleViolation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for files attached to a nomination: at most three files, each a PDF document, a JPEG or
 * a PNG picture of at most 5 MB. What a file is, is decided by its content, never by its name: a
 * program renamed to {@code lebenslauf.pdf} is refused. The name a file is kept and offered under
 * is made safe: no folders, no hidden files, only letters (of any script), digits and a few
 * harmless signs, and the extension that belongs to its content.
 */
public final class AttachmentCheck {

  /** The largest file accepted, in bytes: 5 MB. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /** The most files a nomination may have. */
  public static final int MAX_FILES = 3;

  /** Name used when nothing is left of the submitted name. */
  private static final String FALLBACK_NAME = "anhang";

  /** Longest name kept, not counting the extension. */
  private static final int MAX_BASE_LENGTH = 80;

  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern SPACE = Pattern.compile("\\p{Zs}");
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._-]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
  private static final Pattern DOTS = Pattern.compile("\\.{2,}");
  private static final Pattern LEADING = Pattern.compile("^[. _]+");
  private static final Pattern TRAILING = Pattern.compile("[. ]+$");
  private static final Pattern EXTENSION = Pattern.compile("^(.*)\\.[\\p{L}\\p{N}]{1,10}$");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private AttachmentCheck() {}

  /** The kinds of file accepted, with the content type and extension they are offered with. */
  public enum FileKind {
    /** A PDF document. */
    PDF("application/pdf", "pdf"),
    /** A JPEG picture. */
    JPEG("image/jpeg", "jpg"),
    /** A PNG picture. */
    PNG("image/png", "png");

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    /** The content type the file is offered with for download. */
    public String contentType() {
      return contentType;
    }

    /** The extension of the file's name, without the dot. */
    public String extension() {
      return extension;
    }
  }

  /**
   * What kind of file the content is, judged by the signature its first bytes carry: a PDF document
   * begins with {@code %PDF-}, a JPEG picture with the bytes FF D8 FF, a PNG picture with 89 50 4E
   * 47 0D 0A 1A 0A. Anything else (a program, an archive, a web page, nothing at all) is of no
   * accepted kind.
   */
  public static Optional<FileKind> kindOf(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(FileKind.PDF);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(FileKind.JPEG);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(FileKind.PNG);
    }
    return Optional.empty();
  }

  /**
   * The safe name a file is kept and offered under.
   *
   * <p>Only the file's own name counts, not the folders before it (separated by {@code /} or {@code
   * \}). Control characters are dropped. Letters of any script (with their accents), digits,
   * spaces, dots, underscores and hyphens are kept; every other character becomes an underscore.
   * Several spaces in a row become one, as do several underscores or several dots. The name does
   * not begin with a dot, a space or an underscore, and is cut to 80 characters before the
   * extension. Whatever extension the name had is replaced by the one of the file's real kind
   * ({@code name.exe} with PDF content becomes {@code name.pdf}, {@code bild.JPG} becomes {@code
   * bild.jpg}). If nothing is left of the name, it is {@code anhang}. The result never contains a
   * folder separator or two dots in a row and never begins with a dot.
   *
   * @param submitted the name the file was uploaded with; {@code null} counts as no name
   * @param kind the kind of file its content shows it to be
   */
  public static String sanitisedName(String submitted, FileKind kind) {
    Objects.requireNonNull(kind, "kind");
    String name = cleaned(submitted);
    Matcher withExtension = EXTENSION.matcher(name);
    String base = withExtension.matches() ? withExtension.group(1) : name;
    base = TRAILING.matcher(base).replaceAll("");
    if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
      base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH));
      base = TRAILING.matcher(base).replaceAll("");
    }
    if (base.isEmpty()) {
      base = FALLBACK_NAME;
    }
    return base + "." + kind.extension();
  }

  /**
   * All rules a file to be attached breaks; an empty list means it may be attached. Every violation
   * belongs to the given form field.
   *
   * <ul>
   *   <li>{@code award.attachment.empty}: the file has no content;
   *   <li>{@code award.attachment.tooLarge} (largest size in MB, 5): the file is larger than {@link
   *       #MAX_BYTES};
   *   <li>{@code award.attachment.type} (the file's name, made safe): the content is no PDF, JPEG
   *       or PNG, whatever the name says;
   *   <li>{@code award.attachment.tooMany} (most files, 3): the nomination has {@link #MAX_FILES}
   *       files already.
   * </ul>
   *
   * <p>A file that is too large can also be of the wrong kind; then both are reported.
   *
   * @param fieldName the form field the violations are shown at
   * @param submittedName the name the file was uploaded with
   * @param content the file's content
   * @param alreadyAttached how many files the nomination has already
   */
  public static List<RuleViolation> check(
      String fieldName, String submittedName, byte[] content, int alreadyAttached) {
    List<RuleViolation> violations = new ArrayList<>();
    if (content == null || content.length == 0) {
      violations.add(RuleViolation.of(fieldName, "award.attachment.empty"));
    } else {
      if (content.length > MAX_BYTES) {
        violations.add(
            RuleViolation.of(fieldName, "award.attachment.tooLarge", MAX_BYTES / (1024 * 1024)));
      }
      if (kindOf(content).isEmpty()) {
        violations.add(
            RuleViolation.of(fieldName, "award.attachment.type", shownName(submittedName)));
      }
    }
    if (alreadyAttached >= MAX_FILES) {
      violations.add(RuleViolation.of(fieldName, "award.attachment.tooMany", MAX_FILES));
    }
    return List.copyOf(violations);
  }

  /** The submitted name made safe, keeping its own extension, for a message. */
  private static String shownName(String submitted) {
    String name = TRAILING.matcher(cleaned(submitted)).replaceAll("");
    if (name.codePointCount(0, name.length()) > MAX_BASE_LENGTH + 11) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_BASE_LENGTH + 11));
    }
    return name.isEmpty() ? FALLBACK_NAME : name;
  }

  /**
   * The last part of a submitted path with only allowed characters, single spaces, underscores and
   * dots, and no dot, space or underscore at the start.
   */
  private static String cleaned(String submitted) {
    if (submitted == null) {
      return "";
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(lastSeparator + 1);
    name = CONTROL.matcher(name).replaceAll("");
    name = SPACE.matcher(name).replaceAll(" ");
    name = NOT_ALLOWED.matcher(name).replaceAll("_");
    name = SPACES.matcher(name).replaceAll(" ");
    name = UNDERSCORES.matcher(name).replaceAll("_");
    name = DOTS.matcher(name).replaceAll(".");
    return LEADING.matcher(name).replaceAll("");
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
