package de.dortmund.miadoki.awards.web;

import de.dortmund.miadoki.awards.application.AwardProgrammes;
import de.dortmund.miadoki.awards.domain.AwardCategory;
import de.dortmund.miadoki.awards.domain.AwardProgramme;
import de.dortmund.miadoki.awards.domain.AwardType;
import de.dortmund.miadoki.awards.domain.Criterion;
import de.dortmund.miadoki.awards.domain.Juror;
import de.dortmund.miadoki.awards.domain.ProgrammeStatus;
import de.dortmund.miadoki.platform.rules.RuleViolation;
import de.dortmund.miadoki.platform.rules.RuleViolationException;
import de.dortmund.miadoki.platform.security.PortalUser;
import de.dortmund.miadoki.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * The award manager's page of one edition (or a new one): its description, categories with their
 * prize places, criteria with weights, the jury and its chair, and the next step of its status.
 */
@Named
@ViewScoped
public class ProgrammeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AwardProgrammes programmes;
  @Inject Clock clock;

  private Long id;
  private AwardProgramme programme;
  private List<String> readiness = List.of();
  private List<PortalUser> jurorAccounts = List.of();

  private AwardType type = AwardType.INTEGRATION;
  private Integer year;
  private String title;
  private LocalDate opens;
  private LocalDate closes;
  private BigDecimal prizeMoney;
  private boolean normalised;

  private String categoryName;
  private String categoryPlaces;
  private String criterionName;
  private Integer criterionWeight = 1;
  private String juror;

  public void load() {
    if (id == null) {
      year = LocalDate.now(clock).getYear() + 1;
      return;
    }
    programme = programmes.load(id);
    type = programme.getType();
    year = programme.getYear();
    title = programme.getTitle();
    opens = programme.getNominationOpens();
    closes = programme.getNominationCloses();
    prizeMoney = programme.getPrizeMoney();
    normalised = programme.isNormalised();
    if (programme.getStatus() == ProgrammeStatus.DRAFT) {
      readiness = programme.readiness().stream().map(ProgrammeEditor::text).toList();
    }
    Map<String, Boolean> inJury =
        programme.getJurors().stream().collect(Collectors.toMap(Juror::getUsername, j -> true));
    jurorAccounts =
        programmes.jurorAccounts().stream()
            .filter(u -> !inJury.containsKey(u.getUsername()))
            .toList();
  }

  public String save() {
    if (programme == null) {
      AwardProgramme created =
          programmes.create(type, year, title, opens, closes, prizeMoney, normalised);
      return Messages.redirect(
          "/awards/programme?id=" + created.getId(), "programme.created", created.getTitle());
    }
    programmes.describe(id, programme.getVersion(), title, opens, closes, prizeMoney, normalised);
    return done("programme.saved");
  }

  public String addCategory() {
    programmes.addCategory(id, programme.getVersion(), categoryName, amounts(categoryPlaces));
    return done("programme.categoryAdded", categoryName);
  }

  public String removeCategory(AwardCategory category) {
    programmes.removeCategory(id, programme.getVersion(), category.getId());
    return done("programme.categoryRemoved", category.getName());
  }

  public String addCriterion() {
    programmes.addCriterion(
        id, programme.getVersion(), criterionName, criterionWeight == null ? 0 : criterionWeight);
    return done("programme.criterionAdded", criterionName);
  }

  public String removeCriterion(Criterion criterion) {
    programmes.removeCriterion(id, programme.getVersion(), criterion.getId());
    return done("programme.criterionRemoved", criterion.getName());
  }

  public String addJuror() {
    programmes.addJuror(id, programme.getVersion(), juror);
    return done("programme.jurorAdded");
  }

  public String removeJuror(Juror member) {
    programmes.removeJuror(id, programme.getVersion(), member.getId());
    return done("programme.jurorRemoved", member.getDisplayName());
  }

  public String appointChair(Juror member) {
    programmes.appointChair(id, programme.getVersion(), member.getId());
    return done("programme.chairAppointed", member.getDisplayName());
  }

  public String advance() {
    ProgrammeStatus now = programmes.advance(id, programme.getVersion());
    return done("programme.advanced", Messages.text(now.messageKey()));
  }

  /** Amounts typed as "5000; 3000; 2000" (German or English decimals). */
  static List<BigDecimal> amounts(String typed) {
    List<BigDecimal> amounts = new ArrayList<>();
    if (typed == null) {
      return amounts;
    }
    for (String part : typed.split("[;/|]")) {
      String plain = part.strip().replace("€", "").replace("EUR", "").strip();
      if (plain.isEmpty()) {
        continue;
      }
      // 5.000,50 or 5,000.50 or 5000
      String normal =
          plain.matches(".*,\\d{1,2}$")
              ? plain.replace(".", "").replace(",", ".")
              : plain.replace(",", "");
      try {
        amounts.add(new BigDecimal(normal));
      } catch (NumberFormatException e) {
        throw new RuleViolationException(
            RuleViolation.of("categoryPlaces", "award.category.places"));
      }
    }
    return amounts;
  }

  private static String text(RuleViolation v) {
    return Messages.text(v.messageKey(), v.details().toArray());
  }

  private String done(String key, Object... args) {
    return Messages.redirect("/awards/programme?id=" + id, key, args);
  }

  public AwardType[] getTypes() {
    return AwardType.values();
  }

  public boolean isDraft() {
    return programme == null || programme.getStatus() == ProgrammeStatus.DRAFT;
  }

  /** Whether the jury may still change (until its review begins). */
  public boolean isJuryOpen() {
    return programme != null && programme.getStatus().compareTo(ProgrammeStatus.JURY_REVIEW) < 0;
  }

  /** Whether the manager takes the next step here (not the decision or publication). */
  public boolean isAdvanceable() {
    return programme != null && programme.getStatus().compareTo(ProgrammeStatus.ELIGIBILITY) <= 0;
  }

  public Locale getMoneyLocale() {
    return Locale.GERMANY;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AwardProgramme getProgramme() {
    return programme;
  }

  public List<String> getReadiness() {
    return readiness;
  }

  public List<PortalUser> getJurorAccounts() {
    return jurorAccounts;
  }

  public AwardType getType() {
    return type;
  }

  public void setType(AwardType type) {
    this.type = type;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getOpens() {
    return opens;
  }

  public void setOpens(LocalDate opens) {
    this.opens = opens;
  }

  public LocalDate getCloses() {
    return closes;
  }

  public void setCloses(LocalDate closes) {
    this.closes = closes;
  }

  public BigDecimal getPrizeMoney() {
    return prizeMoney;
  }

  public void setPrizeMoney(BigDecimal prizeMoney) {
    this.prizeMoney = prizeMoney;
  }

  public boolean isNormalised() {
    return normalised;
  }

  public void setNormalised(boolean normalised) {
    this.normalised = normalised;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public void setCategoryName(String categoryName) {
    this.categoryName = categoryName;
  }

  public String getCategoryPlaces() {
    return categoryPlaces;
  }

  public void setCategoryPlaces(String categoryPlaces) {
    this.categoryPlaces = categoryPlaces;
  }

  public String getCriterionName() {
    return criterionName;
  }

  public void setCriterionName(String criterionName) {
    this.criterionName = criterionName;
  }

  public Integer getCriterionWeight() {
    return criterionWeight;
  }

  public void setCriterionWeight(Integer criterionWeight) {
    this.criterionWeight = criterionWeight;
  }

  public String getJuror() {
    return juror;
  }

  public void setJuror(String juror) {
    this.juror = juror;
  }
}
