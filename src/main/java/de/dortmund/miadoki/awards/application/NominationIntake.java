package de.dortmund.miadoki.awards.application;

import de.dortmund.miadoki.awards.application.Nominations.Upload;
import de.dortmund.miadoki.awards.domain.Attachment;
import de.dortmund.miadoki.awards.domain.AttachmentCheck;
import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.Nomination;
import de.dortmund.miadoki.awards.domain.NominationData;
import de.dortmund.miadoki.platform.persistence.Records;
import de.dortmund.miadoki.platform.persistence.Sequences;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * How a nomination comes in, from the public form or from staff: its files checked by their
 * content, its receipt number drawn, nomination and files stored together or not at all.
 */
@ApplicationScoped
class NominationIntake {

  @Inject Records records;
  @Inject Sequences sequences;
  @Inject Clock clock;

  @Transactional(TxType.MANDATORY)
  Nomination store(AwardProgramme programme, NominationForm form, List<Upload> uploads, String by) {
    List<RuleViolation> violations = new ArrayList<>();
    List<Upload> files =
        uploads == null
            ? List.of()
            : uploads.stream().filter(u -> u != null && u.content() != null).toList();
    for (int i = 0; i < files.size(); i++) {
      violations.addAll(
          AttachmentCheck.check("attachments", files.get(i).fileName(), files.get(i).content(), i));
    }
    AwardCategory category = categoryOf(programme, form.getCategoryId());
    if (category == null) {
      violations.add(RuleViolation.of("categoryId", "validation.required"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    String receipt =
        "%s-%d-%05d"
            .formatted(
                programme.getType().receiptPrefix(),
                programme.getYear(),
                sequences.next("award_receipt_seq"));
    Nomination nomination =
        records.create(
            new Nomination(
                programme, receipt, dataOf(category, form), by, LocalDateTime.now(clock)));
    for (Upload file : files) {
      AttachmentCheck.FileKind kind = AttachmentCheck.kindOf(file.content()).orElseThrow();
      records.create(
          new Attachment(
              nomination,
              AttachmentCheck.sanitisedName(file.fileName(), kind),
              kind,
              file.content(),
              sha256(file.content())));
    }
    return nomination;
  }

  static AwardCategory categoryOf(AwardProgramme programme, Long categoryId) {
    return categoryId == null
        ? null
        : programme.getCategories().stream()
            .filter(c -> c.getId().equals(categoryId))
            .findFirst()
            .orElse(null);
  }

  static NominationData dataOf(AwardCategory category, NominationForm form) {
    return new NominationData(
        category,
        form.getNomineeKind(),
        form.getNomineeName(),
        form.getNomineeOrganisation(),
        form.getNomineeEmail(),
        form.getNomineeAddress(),
        form.getNominatorName(),
        form.getNominatorEmail(),
        form.getNominatorOrganisation(),
        form.getJustification(),
        form.getCityConnection(),
        form.getMigrationHistory());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
