package io.github.bankcrm.examples.spark;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.scoring.score.Reason;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One customer's value score, or the reason it has none, as a Spark row: a JavaBean, so that {@code
 * Encoders.bean} maps it to the columns {@code customerId, model, score, tier, lossMaking,
 * annualContribution, lifetimeValue, flags, reasons, factors, rejection}. A scored row has a {@code
 * null} rejection; a rejected row has the {@link ScoringError#code()} (or {@code unreadable_snapshot}
 * for a document that is not a snapshot) and {@code null} figures. Spark needs the no-argument
 * constructor and the setters; code should build rows with {@link #of} and {@link #rejected}.
 */
public final class ScoreRow implements Serializable {

  /** The rejection of a document that does not read as a snapshot. */
  public static final String UNREADABLE = "unreadable_snapshot";

  private static final long serialVersionUID = 1L;

  private String customerId;
  private String model;
  private Integer score;
  private String tier;
  private Boolean lossMaking;
  private Long annualContribution;
  private Long lifetimeValue;
  private List<String> flags = new ArrayList<>();
  private List<String> reasons = new ArrayList<>();
  private List<FactorRow> factors = new ArrayList<>();
  private String rejection;

  /** An empty row, for Spark's encoder. */
  public ScoreRow() {}

  /**
   * The row of a score.
   *
   * @param value the score
   * @return the row
   */
  public static ScoreRow of(ValueScore value) {
    requireNonNull(value, "value");
    ScoreRow row = new ScoreRow();
    row.customerId = value.customerId().value();
    row.model = value.model().hex();
    row.score = value.score();
    row.tier = value.tier();
    row.lossMaking = value.isLossMaking();
    row.annualContribution = value.annualContribution();
    row.lifetimeValue = value.lifetimeValue();
    row.flags = new ArrayList<>(value.flags());
    row.reasons = new ArrayList<>(value.explanation().reasons().stream().map(Reason::name).toList());
    row.factors = new ArrayList<>(value.explanation().factors().stream()
        .map(factor -> FactorRow.of(value.customerId(), factor)).toList());
    return row;
  }

  /**
   * The row of a customer that could not be scored.
   *
   * @param error why
   * @return the row, with the error's code
   */
  public static ScoreRow rejected(ScoringError error) {
    requireNonNull(error, "error");
    ScoreRow row = new ScoreRow();
    row.customerId = error.customerId().value();
    row.rejection = error.code();
    return row;
  }

  /**
   * The row of a document that is not a snapshot: no customer can be named.
   *
   * @return the row, with the code {@value #UNREADABLE}
   */
  public static ScoreRow unreadable() {
    ScoreRow row = new ScoreRow();
    row.rejection = UNREADABLE;
    return row;
  }

  /** @return the customer's number, {@code null} for an unreadable document */
  public String getCustomerId() {
    return customerId;
  }

  /** @param customerId the customer's number */
  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  /** @return the fingerprint of the model that made the score */
  public String getModel() {
    return model;
  }

  /** @param model the model's fingerprint */
  public void setModel(String model) {
    this.model = model;
  }

  /** @return the composite score, {@code null} when rejected */
  public Integer getScore() {
    return score;
  }

  /** @param score the composite score */
  public void setScore(Integer score) {
    this.score = score;
  }

  /** @return the tier's name from the model */
  public String getTier() {
    return tier;
  }

  /** @param tier the tier's name */
  public void setTier(String tier) {
    this.tier = tier;
  }

  /** @return whether the period's contribution is negative */
  public Boolean getLossMaking() {
    return lossMaking;
  }

  /** @param lossMaking whether the customer is loss-making */
  public void setLossMaking(Boolean lossMaking) {
    this.lossMaking = lossMaking;
  }

  /** @return the annualised contribution, minor units of the reporting currency */
  public Long getAnnualContribution() {
    return annualContribution;
  }

  /** @param annualContribution the annualised contribution */
  public void setAnnualContribution(Long annualContribution) {
    this.annualContribution = annualContribution;
  }

  /** @return the lifetime value, minor units of the reporting currency */
  public Long getLifetimeValue() {
    return lifetimeValue;
  }

  /** @param lifetimeValue the lifetime value */
  public void setLifetimeValue(Long lifetimeValue) {
    this.lifetimeValue = lifetimeValue;
  }

  /** @return the codes of the gold / VIP rules met */
  public List<String> getFlags() {
    return flags;
  }

  /** @param flags the rule codes */
  public void setFlags(List<String> flags) {
    this.flags = flags;
  }

  /** @return the top reasons, such as {@code CONTRIBUTION_HIGH} */
  public List<String> getReasons() {
    return reasons;
  }

  /** @param reasons the reason names */
  public void setReasons(List<String> reasons) {
    this.reasons = reasons;
  }

  /** @return the points of every factor of the model, in model order */
  public List<FactorRow> getFactors() {
    return factors;
  }

  /** @param factors the factor rows */
  public void setFactors(List<FactorRow> factors) {
    this.factors = factors;
  }

  /** @return why the customer has no score, {@code null} when scored */
  public String getRejection() {
    return rejection;
  }

  /** @param rejection the rejection's code */
  public void setRejection(String rejection) {
    this.rejection = rejection;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreRow row
        && Objects.equals(customerId, row.customerId)
        && Objects.equals(model, row.model)
        && Objects.equals(score, row.score)
        && Objects.equals(tier, row.tier)
        && Objects.equals(lossMaking, row.lossMaking)
        && Objects.equals(annualContribution, row.annualContribution)
        && Objects.equals(lifetimeValue, row.lifetimeValue)
        && Objects.equals(flags, row.flags)
        && Objects.equals(reasons, row.reasons)
        && Objects.equals(factors, row.factors)
        && Objects.equals(rejection, row.rejection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, score, tier, rejection);
  }

  /** Figures and codes only: a score row carries no personal data. */
  @Override
  public String toString() {
    return rejection != null
        ? "ScoreRow[" + customerId + ", rejected " + rejection + "]"
        : "ScoreRow[" + customerId + ", " + score + " " + tier + ", reasons " + reasons + ", factors " + factors + "]";
  }
}
