package de.dortmund.miadoki.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.domain.Engagement;
import de.dortmund.miadoki.interpreting.domain.PayDetails;
import de.dortmund.miadoki.interpreting.domain.PayStatement;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.audit.AuditAction;
import de.dortmund.miadoki.platform.audit.AuditEntry;
import de.dortmund.miadoki.platform.audit.AuditLog;
import de.dortmund.miadoki.platform.audit.AuditSearch;
import de.dortmund.miadoki.platform.persistence.PageRequest;
import de.dortmund.miadoki.platform.persistence.RecordNotFoundException;
import de.dortmund.miadoki.platform.privacy.PersonalDataExport;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export of Art. 15 GDPR: an administrator gets everything the portal holds about one account
 * as one file (here an interpreter's profile with bank details, assignment, statement and the audit
 * entries naming the person), without password or token hashes; the export is audited and nobody
 * else may make it.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataExportIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject PersonalDataExport export;
  @Inject AuditLog auditLog;
  @Inject de.dortmund.miadoki.platform.security.UserAdministration users;

  private static JsonObject parse(byte[] file) {
    try (var reader = Json.createReader(new ByteArrayInputStream(file))) {
      return reader.readObject();
    }
  }

  @Test
  void anAdministratorExportsEverythingAboutAnInterpreterWithoutSecrets() {
    PayStatement statement =
        fixtures.issuedStatement(
            new PayDetails(
                Engagement.VOLUNTEER, "Olena Kovalenko", "DE02120300000000202051", null));
    String username = statement.getInterpreter().getUsername();
    assertThat(username).isNotNull();
    // the interpreter's portal account, as an invitation creates it
    caller.actAs("it-admin", Role.ADMIN);
    de.dortmund.miadoki.platform.security.UserForm form =
        new de.dortmund.miadoki.platform.security.UserForm();
    form.setUsername(username);
    form.setDisplayName(statement.getInterpreter().getDisplayName());
    form.setEmail(statement.getInterpreter().getEmail());
    form.setRoles(java.util.EnumSet.of(Role.INTERPRETER));
    form.setPassword("ein-sicheres-passwort");
    users.create(form);

    caller.actAs("it-admin", Role.ADMIN);
    JsonObject file = parse(export.export(username));
    assertThat(file.getString("username")).isEqualTo(username);
    JsonObject data = file.getJsonObject("data");

    JsonObject account = data.getJsonArray("account").getJsonObject(0);
    assertThat(account.getString("username")).isEqualTo(username);
    assertThat(account).doesNotContainKey("password_hash");
    assertThat(data.getJsonArray("account/roles").getJsonObject(0).getString("role"))
        .isEqualTo("INTERPRETER");

    JsonObject interpreter = data.getJsonArray("interpreter").getJsonObject(0);
    assertThat(interpreter.getString("iban")).isEqualTo("DE02120300000000202051");
    assertThat(interpreter.getString("account_holder")).isEqualTo("Olena Kovalenko");
    assertThat(interpreter).doesNotContainKey("calendar_token_hash");
    assertThat(data.getJsonArray("interpreter/assignments")).hasSize(1);
    JsonArray statements = data.getJsonArray("interpreter/statements");
    assertThat(statements).hasSize(1);
    assertThat(statements.getJsonObject(0).getJsonNumber("total").bigDecimalValue())
        .isEqualByComparingTo(statement.getTotal());
    assertThat(data.getJsonArray("interpreter/statementLines")).isNotEmpty();
    assertThat(data.getJsonArray("audit")).isNotEmpty();
    // every module answers, with nothing for a person it does not know
    assertThat(data.getJsonArray("training/registrations")).isEmpty();
    assertThat(data.getJsonArray("awards/nominationsAbout")).isEmpty();

    List<AuditEntry> exports =
        auditLog
            .search(
                new AuditSearch(username, "PersonalData", null, null, null), PageRequest.of(0, 5))
            .rows();
    assertThat(exports).extracting(AuditEntry::getAction).contains(AuditAction.EXPORT);
  }

  @Test
  void onlyAdministratorsExportAndOnlyForAccountsThatExist() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    assertThatThrownBy(() -> export.export("admin")).isInstanceOf(AccessDeniedException.class);
    caller.actAs("it-admin", Role.ADMIN);
    assertThatThrownBy(() -> export.export("niemand-" + System.nanoTime()))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
