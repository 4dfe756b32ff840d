package de.dortmund.miadoki.awards.domain;

import de.dortmund.miadoki.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file attached to a nomination, kept in the database (so that every server node sees it and none
 * lies under the web root). Its type was found from its content ({@link AttachmentCheck}), its name
 * sanitised. Lists read it without its content.
 */
@Entity
@Table(name = "award_attachment")
public class Attachment extends BaseEntity {

  @ManyToOne(optional = false)
  @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
  private Nomination nomination;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected Attachment() {}

  public Attachment(
      Nomination nomination,
      String fileName,
      AttachmentCheck.FileKind kind,
      byte[] content,
      String sha256) {
    this.nomination = nomination;
    this.fileName = fileName;
    this.contentType = kind.contentType();
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.sha256 = sha256;
  }

  public Nomination getNomination() {
    return nomination;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content.clone();
  }

  @Override
  public String auditSubject() {
    return nomination.getReceiptNumber();
  }
}
