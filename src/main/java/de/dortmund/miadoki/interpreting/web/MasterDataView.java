package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.InvalidRequestException;
import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
import de.dortmund.miadoki.interpreting.domain.RequestPolicy;
import de.dortmund.miadoki.platform.web.Failures;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The pool's reference lists for coordinators and administrators: languages and funding. */
@Named
@ViewScoped
public class MasterDataView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MasterData masterData;

  private List<Language> languages;
  private List<FundingSource> funding;
  private Long languageId;
  private List<LanguageVariety> varieties = List.of();
  private String languageCode;
  private String languageDe;
  private String languageEn;
  private String varietyCode;
  private String varietyDe;
  private String varietyEn;
  private String fundingCode;
  private String fundingDe;
  private String fundingEn;

  public void load() {
    languages = masterData.languages();
    funding = masterData.allFundingSources();
    if (languageId == null && !languages.isEmpty()) {
      languageId = languages.get(0).getId();
    }
    varieties = languageId == null ? List.of() : masterData.varieties(languageId);
  }

  public void languageChanged() {
    varieties = masterData.varieties(languageId);
  }

  public void addLanguage() {
    if (saved(() -> masterData.addLanguage(languageCode, languageDe, languageEn))) {
      languageCode = null;
      languageDe = null;
      languageEn = null;
    }
  }

  public void addVariety() {
    if (saved(() -> masterData.addVariety(languageId, varietyCode, varietyDe, varietyEn))) {
      varietyCode = null;
      varietyDe = null;
      varietyEn = null;
    }
  }

  public void addFunding() {
    if (saved(() -> masterData.addFundingSource(fundingCode, fundingDe, fundingEn))) {
      fundingCode = null;
      fundingDe = null;
      fundingEn = null;
    }
  }

  public void toggle(FundingSource source) {
    saved(
        () ->
            masterData.setFundingSourceActive(
                source.getId(), source.getVersion(), !source.isActive()));
  }

  private boolean saved(Runnable action) {
    try {
      action.run();
      Messages.info("masterData.saved");
      load();
      return true;
    } catch (InvalidRequestException e) {
      for (RequestPolicy.Violation v : e.violations()) {
        String form = v.field().startsWith("funding") ? "fundingNew:" : "masterData:";
        Messages.error(form + v.field(), v.messageKey());
      }
    } catch (RuntimeException e) {
      if (!Failures.isConcurrentChange(e)) {
        throw e;
      }
      Messages.error(null, "error.concurrentChange");
      load();
    }
    return false;
  }

  public List<Language> getLanguages() {
    return languages;
  }

  public List<FundingSource> getFunding() {
    return funding;
  }

  public List<LanguageVariety> getVarieties() {
    return varieties;
  }

  public Long getLanguageId() {
    return languageId;
  }

  public void setLanguageId(Long languageId) {
    this.languageId = languageId;
  }

  public String getLanguageCode() {
    return languageCode;
  }

  public void setLanguageCode(String languageCode) {
    this.languageCode = languageCode;
  }

  public String getLanguageDe() {
    return languageDe;
  }

  public void setLanguageDe(String languageDe) {
    this.languageDe = languageDe;
  }

  public String getLanguageEn() {
    return languageEn;
  }

  public void setLanguageEn(String languageEn) {
    this.languageEn = languageEn;
  }

  public String getVarietyCode() {
    return varietyCode;
  }

  public void setVarietyCode(String varietyCode) {
    this.varietyCode = varietyCode;
  }

  public String getVarietyDe() {
    return varietyDe;
  }

  public void setVarietyDe(String varietyDe) {
    this.varietyDe = varietyDe;
  }

  public String getVarietyEn() {
    return varietyEn;
  }

  public void setVarietyEn(String varietyEn) {
    this.varietyEn = varietyEn;
  }

  public String getFundingCode() {
    return fundingCode;
  }

  public void setFundingCode(String fundingCode) {
    this.fundingCode = fundingCode;
  }

  public String getFundingDe() {
    return fundingDe;
  }

  public void setFundingDe(String fundingDe) {
    this.fundingDe = fundingDe;
  }

  public String getFundingEn() {
    return fundingEn;
  }

  public void setFundingEn(String fundingEn) {
    this.fundingEn = fundingEn;
  }
}
