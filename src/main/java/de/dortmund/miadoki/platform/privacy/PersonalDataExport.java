package de.dortmund.miadoki.platform.privacy;

import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.security.RequiresRole;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The export of Art. 15 GDPR: everything the portal holds about one person with an account, as one
 * JSON file for an administrator: the account and its roles, what each module holds (profile,
 * assignments, statements, registrations, certificates, nominations about the person with their
 * attachments ...), the mails to the person still kept, and the audit entries naming the person.
 * Secrets (password and token hashes) are left out. Every export is audited.
 */
@ApplicationScoped
@RequiresRole(Role.ADMIN)
public class PersonalDataExport {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject Instance<PersonalDataContribution> modules;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The platform's own sections: account, roles, kept mails, audit entries. */
  static List<PersonalDataContribution.Section> platformSections() {
    return List.of(
        PersonalDataContribution.Section.of(
            "account",
            "select * from portal_user where username = ?",
            PersonalDataContribution.Param.USERNAME),
        PersonalDataContribution.Section.of(
            "account/roles",
            "select r.role from portal_user_role r join portal_user u on u.id = r.user_id"
                + " where u.username = ?",
            PersonalDataContribution.Param.USERNAME),
        PersonalDataContribution.Section.of(
            "account/links",
            "select t.purpose, t.created_by, t.created_at, t.expires_at, t.used_at"
                + " from account_token t join portal_user u on u.id = t.user_id"
                + " where u.username = ?",
            PersonalDataContribution.Param.USERNAME),
        PersonalDataContribution.Section.of(
            "mails",
            "select * from outbox_message where lower(recipient) = lower(?) order by created_at",
            PersonalDataContribution.Param.EMAIL),
        PersonalDataContribution.Section.of(
            "audit",
            "select * from audit_entry where lower(actor) = lower(?) or lower(subject) = lower(?)"
                + " or lower(subject) = lower(?) order by occurred_at",
            PersonalDataContribution.Param.USERNAME,
            PersonalDataContribution.Param.USERNAME,
            PersonalDataContribution.Param.DISPLAY_NAME));
  }

  /** The file for the account {@code username}; refused for an unknown name. */
  @Transactional
  public byte[] export(@NotBlank String username) {
    PortalUser user =
        em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
            .setParameter("username", username.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(PortalUser.class, username));
    Map<PersonalDataContribution.Param, String> values =
        Map.of(
            PersonalDataContribution.Param.USERNAME, user.getUsername(),
            PersonalDataContribution.Param.EMAIL, user.getEmail(),
            PersonalDataContribution.Param.DISPLAY_NAME, user.getDisplayName());
    List<PersonalDataContribution.Section> sections = new ArrayList<>(platformSections());
    modules.forEach(m -> sections.addAll(m.sections()));

    JsonObjectBuilder file =
        Json.createObjectBuilder()
            .add("exportedAt", clock.instant().toString())
            .add("username", user.getUsername())
            .add("displayName", user.getDisplayName())
            .add("email", user.getEmail());
    JsonObjectBuilder data = Json.createObjectBuilder();
    try (Connection connection = dataSource.getConnection()) {
      for (PersonalDataContribution.Section section : sections) {
        data.add(section.name(), rows(connection, section, values));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the personal data of " + username, e);
    }
    file.add("data", data);
    audit.record(AuditAction.EXPORT, "PersonalData", user.getId(), user.getUsername());

    StringWriter text = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.writeObject(file.build());
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonArrayBuilder rows(
      Connection connection,
      PersonalDataContribution.Section section,
      Map<PersonalDataContribution.Param, String> values)
      throws SQLException {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    try (PreparedStatement statement = connection.prepareStatement(section.sql())) {
      for (int i = 0; i < section.params().size(); i++) {
        statement.setString(i + 1, values.get(section.params().get(i)));
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          JsonObjectBuilder row = Json.createObjectBuilder();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
            if (isSecret(column)) {
              continue;
            }
            Object value = result.getObject(c);
            if (value == null) {
              row.addNull(column);
            } else if (value instanceof Boolean b) {
              row.add(column, b);
            } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short) {
              row.add(column, ((Number) value).longValue());
            } else if (value instanceof BigDecimal d) {
              row.add(column, d);
            } else if (value instanceof byte[] bytes) {
              row.add(column, Base64.getEncoder().encodeToString(bytes));
            } else if (value instanceof java.sql.Blob blob) {
              row.add(
                  column,
                  Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length())));
            } else if (value instanceof java.sql.Clob clob) {
              row.add(column, clob.getSubString(1, (int) clob.length()));
            } else {
              row.add(column, value.toString());
            }
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Hashes of passwords and tokens: nothing the person could use, and no one should read. */
  static boolean isSecret(String column) {
    return column.endsWith("_hash") || column.equals("password");
  }
}
