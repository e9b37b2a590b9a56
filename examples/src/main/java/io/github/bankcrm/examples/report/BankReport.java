package io.github.bankcrm.examples.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the bank report shows, computed from a run's results ({@link BankReportBuilder}) and drawn by
 * {@link HtmlReport}. Every text in it is safe to show: customers appear by number and masked name only
 * (a person's name keeps its first character; a company's registered name is not personal data), and
 * no identity number, phone or e-mail is ever in it. Amounts are in units (not minor units) of the
 * reporting currency.
 *
 * @param title the report's title
 * @param description one sentence on where the figures come from
 * @param businessDate the day the figures are as of
 * @param reportingCurrency the ISO 4217 code of every amount
 * @param model the short fingerprint of the scoring model every score came from
 * @param customers how many customers were scored
 * @param tiers customers per value tier, in the model's tier order, the loss-making tier last
 * @param scoreHistogram customers per score band, lowest band first
 * @param valueByStage value per lifecycle stage, in stage order
 * @param topCustomers the highest scores with their explanations, highest first
 * @param openWarnings the most severe open warnings with their factors, most severe first
 * @param openWarningCount how many warnings are open in all
 * @param groupExposures the corporate groups with the largest credit exposure, largest first
 * @param managers each relationship manager's book, highest annual contribution first
 * @param unassigned scored customers without a relationship manager
 */
public record BankReport(
    String title,
    String description,
    LocalDate businessDate,
    String reportingCurrency,
    String model,
    long customers,
    List<Count> tiers,
    List<ScoreBand> scoreHistogram,
    List<StageValue> valueByStage,
    List<TopCustomer> topCustomers,
    List<OpenWarning> openWarnings,
    long openWarningCount,
    List<GroupExposure> groupExposures,
    List<ManagerBook> managers,
    long unassigned) {

  /**
   * @throws NullPointerException if a part is missing
   */
  public BankReport {
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(businessDate, "businessDate");
    requireNonNull(reportingCurrency, "reportingCurrency");
    requireNonNull(model, "model");
    tiers = List.copyOf(tiers);
    scoreHistogram = List.copyOf(scoreHistogram);
    valueByStage = List.copyOf(valueByStage);
    topCustomers = List.copyOf(topCustomers);
    openWarnings = List.copyOf(openWarnings);
    groupExposures = List.copyOf(groupExposures);
    managers = List.copyOf(managers);
  }

  /**
   * How many customers have a label.
   *
   * @param label e.g. a tier's name
   * @param count how many
   */
  public record Count(String label, long count) {
    /**
     * @throws NullPointerException if the label is missing
     */
    public Count {
      requireNonNull(label, "label");
    }
  }

  /**
   * How many customers scored within a band.
   *
   * @param from the lowest score of the band
   * @param to the highest score of the band, inclusive
   * @param count how many customers
   */
  public record ScoreBand(int from, int to, long count) {}

  /**
   * The value of the customers in one lifecycle stage.
   *
   * @param stage the stage's name
   * @param customers how many scored customers are in it
   * @param annualContribution the sum of their annual contributions
   * @param lifetimeValue the sum of their lifetime values
   */
  public record StageValue(String stage, long customers, BigDecimal annualContribution, BigDecimal lifetimeValue) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public StageValue {
      requireNonNull(stage, "stage");
      requireNonNull(annualContribution, "annualContribution");
      requireNonNull(lifetimeValue, "lifetimeValue");
    }
  }

  /**
   * A customer with one of the highest scores, and why.
   *
   * @param number the customer number
   * @param maskedName the masked name
   * @param score the composite score
   * @param tier the tier
   * @param flags the gold / VIP rules the customer meets
   * @param annualContribution the annual contribution
   * @param factors the points of every factor, adding up to the score
   * @param reasons the top reasons, as readable sentences
   */
  public record TopCustomer(
      String number,
      String maskedName,
      int score,
      String tier,
      List<String> flags,
      BigDecimal annualContribution,
      List<FactorShare> factors,
      List<String> reasons) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public TopCustomer {
      requireNonNull(number, "number");
      requireNonNull(maskedName, "maskedName");
      requireNonNull(tier, "tier");
      flags = List.copyOf(flags);
      requireNonNull(annualContribution, "annualContribution");
      factors = List.copyOf(factors);
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The points one factor brought to a score.
   *
   * @param factor the factor's name
   * @param points its whole points
   */
  public record FactorShare(String factor, int points) {
    /**
     * @throws NullPointerException if the factor is missing
     */
    public FactorShare {
      requireNonNull(factor, "factor");
    }
  }

  /**
   * An open early warning and the factors that raised it.
   *
   * @param number the customer number
   * @param maskedName the masked name
   * @param level the warning level
   * @param state the follow-up state
   * @param factors each factor's reading
   */
  public record OpenWarning(String number, String maskedName, String level, String state, List<WarningReading> factors) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public OpenWarning {
      requireNonNull(number, "number");
      requireNonNull(maskedName, "maskedName");
      requireNonNull(level, "level");
      requireNonNull(state, "state");
      factors = List.copyOf(factors);
    }
  }

  /**
   * One factor of a warning.
   *
   * @param factor the factor's name
   * @param value the value read
   * @param threshold the policy's threshold
   * @param points the points it added
   */
  public record WarningReading(String factor, BigDecimal value, BigDecimal threshold, int points) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public WarningReading {
      requireNonNull(factor, "factor");
      requireNonNull(value, "value");
      requireNonNull(threshold, "threshold");
    }
  }

  /**
   * A corporate group's related-party credit exposure.
   *
   * @param members the member companies' names, in customer-number order
   * @param borrowed what the members borrow
   * @param guaranteed what they guarantee for borrowers outside the group
   */
  public record GroupExposure(List<String> members, BigDecimal borrowed, BigDecimal guaranteed) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public GroupExposure {
      members = List.copyOf(members);
      requireNonNull(borrowed, "borrowed");
      requireNonNull(guaranteed, "guaranteed");
    }

    /**
     * The group's whole exposure.
     *
     * @return borrowed plus guaranteed
     */
    public BigDecimal total() {
      return borrowed.add(guaranteed);
    }
  }

  /**
   * The value of a relationship manager's book [客户经理业绩].
   *
   * @param manager the manager's ID
   * @param customers how many customers the manager serves
   * @param scored how many of them were scored
   * @param annualContribution the sum of their annual contributions
   * @param lifetimeValue the sum of their lifetime values
   * @param lossMaking how many of them are loss-making
   */
  public record ManagerBook(
      String manager, int customers, int scored, BigDecimal annualContribution, BigDecimal lifetimeValue, int lossMaking) {
    /**
     * @throws NullPointerException if a part is missing
     */
    public ManagerBook {
      requireNonNull(manager, "manager");
      requireNonNull(annualContribution, "annualContribution");
      requireNonNull(lifetimeValue, "lifetimeValue");
    }
  }
}
