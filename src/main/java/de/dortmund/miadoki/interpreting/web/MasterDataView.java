package de.dortmund.miadoki.interpreting.web;

import de.dortmund.miadoki.interpreting.application.MasterData;
import de.dortmund.miadoki.interpreting.domain.FundingSource;
import de.dortmund.miadoki.interpreting.domain.Language;
import de.dortmund.miadoki.interpreting.domain.LanguageVariety;
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
    masterData.addLanguage(languageCode, languageDe, languageEn);
    languageCode = null;
    languageDe = null;
    languageEn = null;
    saved();
  }

  public void addVariety() {
    masterData.addVariety(languageId, varietyCode, varietyDe, varietyEn);
    varietyCode = null;
    varietyDe = null;
    varietyEn = null;
    saved();
  }

  public void addFunding() {
    masterData.addFundingSource(fundingCode, fundingDe, fundingEn);
    fundingCode = null;
    fundingDe = null;
    fundingEn = null;
    saved();
  }

  public void toggle(FundingSource source) {
    masterData.setFundingSourceActive(source.getId(), source.getVersion(), !source.isActive());
    saved();
  }

  private void saved() {
    Messages.info("masterData.saved");
    load();
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
