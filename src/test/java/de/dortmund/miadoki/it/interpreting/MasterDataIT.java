package de.dortmund.miadoki.it.interpreting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.it.support.Deployments;
import de.dortmund.miadoki.it.support.PoolFixtures;
import de.dortmund.miadoki.it.support.TestCaller;
import de.dortmund.miadoki.platform.organisation.Department;
import de.dortmund.miadoki.platform.organisation.Departments;
import de.dortmund.miadoki.platform.organisation.ShortNameTakenException;
import de.dortmund.miadoki.platform.persistence.ConcurrentChangeException;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.AccessDeniedException;
import de.dortmund.miadoki.platform.security.Role;
import jakarta.inject.Inject;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Master data kept on screen: languages with varieties, funding sources, departments. */
@ExtendWith(ArquillianExtension.class)
class MasterDataIT {

  @Deployment(name = Deployments.TESTS)
  static WebArchive deployment() {
    return Deployments.forTests();
  }

  @Inject TestCaller caller;
  @Inject PoolFixtures fixtures;
  @Inject MasterData masterData;
  @Inject Departments departments;

  private static String code() {
    Random random = new Random();
    return "x" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
  }

  /** A three-letter code no language has yet. */
  private String freeCode() {
    java.util.Set<String> taken =
        masterData.languages().stream()
            .map(Language::getCode)
            .collect(java.util.stream.Collectors.toSet());
    String code = code();
    while (taken.contains(code)) {
      code = code();
    }
    return code;
  }

  @Test
  void coordinatorsAddLanguagesVarietiesAndFundingWithUniqueCodes() {
    caller.actAs("it-coordinator", Role.COORDINATOR);
    String code = freeCode();
    Language language = masterData.addLanguage(code, "Testisch", "Testish");
    assertThat(masterData.languages()).extracting(Language::getCode).contains(code);
    assertThatThrownBy(() -> masterData.addLanguage(code, "Doppelt", "Twice"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("masterData.codeTaken"));

    masterData.addVariety(language.getId(), "nord", "Nord", "North");
    assertThat(masterData.varieties(language.getId()))
        .extracting(LanguageVariety::getCode)
        .containsExactly("NORD");
    assertThatThrownBy(() -> masterData.addVariety(language.getId(), "NORD", "Nord", "North"))
        .isInstanceOf(RuleViolationException.class);

    String fundingCode = "IT-" + PoolFixtures.unique("f").toUpperCase();
    FundingSource funding = masterData.addFundingSource(fundingCode, "Testmittel", "Test funds");
    assertThat(masterData.fundingSources())
        .extracting(FundingSource::getCode)
        .contains(fundingCode);
    masterData.setFundingSourceActive(funding.getId(), funding.getVersion(), false);
    assertThat(masterData.fundingSources())
        .extracting(FundingSource::getCode)
        .doesNotContain(fundingCode);

    fixtures.requester("JUG");
    assertThatThrownBy(() -> masterData.addLanguage(code(), "Nein", "No"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void departmentsKeepUniqueShortNamesAndRefuseStaleChanges() {
    caller.actAs("it-admin", Role.ADMIN);
    String shortName = PoolFixtures.unique("IT").toUpperCase();
    // the list of active departments is cached: every change must show in it at once
    assertThat(masterData.departments()).extracting(Department::getShortName).isNotEmpty();
    Department department = departments.add("Testamt", shortName, "KST-99999");
    assertThat(masterData.departments()).extracting(Department::getShortName).contains(shortName);
    assertThatThrownBy(() -> departments.add("Zweites Testamt", shortName, "KST-1"))
        .isInstanceOf(ShortNameTakenException.class);
    long version = department.getVersion();
    departments.change(department.getId(), version, "Testamt Nord", shortName, "KST-99998", true);
    assertThatThrownBy(
            () ->
                departments.change(
                    department.getId(), version, "Testamt Süd", shortName, "KST-1", true))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(departments.all())
        .filteredOn(d -> d.getShortName().equals(shortName))
        .singleElement()
        .satisfies(d -> assertThat(d.getCostCentre()).isEqualTo("KST-99998"));
    assertThat(masterData.departments())
        .filteredOn(d -> d.getShortName().equals(shortName))
        .singleElement()
        .satisfies(d -> assertThat(d.getName()).isEqualTo("Testamt Nord"));
    departments.change(
        department.getId(), version + 1, "Testamt Nord", shortName, "KST-99998", false);
    assertThat(masterData.departments())
        .extracting(Department::getShortName)
        .doesNotContain(shortName);
  }
}
