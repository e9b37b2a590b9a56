package io.github.bankcrm.examples.report;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ExposureKind;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.relationship.UnitTotals;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.FactorReading;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.TierCutOff;
import io.github.bankcrm.scoring.rollup.ManagerAttribution;
import io.github.bankcrm.scoring.rollup.ValueRollup;
import io.github.bankcrm.scoring.rollup.ValueRollups;
import io.github.bankcrm.scoring.score.Reason;
import io.github.bankcrm.scoring.score.ValueScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a {@link BankReport} from a run's results: the scores, the lifecycle stages, the warnings and
 * the corporate groups' totals. Customers are looked up only to show their masked name and to find
 * their relationship manager. Not thread-safe; build once.
 */
public final class BankReportBuilder {

  private static final int BANDS = 10;

  private final ScoringModel model;
  private final ModelFingerprint fingerprint;
  private final Currency currency;
  private final Function<CustomerId, Optional<Customer>> customers;
  private String title = "Bank report";
  private String description = "";
  private LocalDate businessDate = LocalDate.EPOCH;
  private final List<ValueScore> scores = new ArrayList<>();
  private final Map<CustomerId, LifecycleStage> stages = new HashMap<>();
  private final List<EarlyWarning> warnings = new ArrayList<>();
  private final List<UnitTotals> groups = new ArrayList<>();
  private int topCustomers = 10;
  private int topWarnings = 20;
  private int topGroups = 10;

  /**
   * A builder for scores of one model.
   *
   * @param model the model every score came from; it must be valid
   * @param customers a customer by number, for masked names and relationship managers
   */
  public BankReportBuilder(ScoringModel model, Function<CustomerId, Optional<Customer>> customers) {
    this.model = requireNonNull(model, "model");
    this.customers = requireNonNull(customers, "customers");
    if (model.validate().isInvalid()) {
      throw new IllegalArgumentException("the report needs a valid scoring model");
    }
    this.fingerprint = model.fingerprint();
    this.currency = Currency.getInstance(model.reportingCurrency());
  }

  /**
   * Sets the title, the description and the business date.
   *
   * @param title the title
   * @param description where the figures come from
   * @param businessDate the day they are as of
   * @return this builder
   */
  public BankReportBuilder about(String title, String description, LocalDate businessDate) {
    this.title = requireNonNull(title, "title");
    this.description = requireNonNull(description, "description");
    this.businessDate = requireNonNull(businessDate, "businessDate");
    return this;
  }

  /**
   * Adds a customer's score and lifecycle stage.
   *
   * @param score the score
   * @param stage the customer's lifecycle stage, the one its snapshot was scored with
   * @return this builder
   * @throws IllegalArgumentException if the score came from another model
   */
  public BankReportBuilder score(ValueScore score, LifecycleStage stage) {
    requireNonNull(score, "score");
    requireNonNull(stage, "stage");
    if (!score.model().equals(fingerprint)) {
      throw new IllegalArgumentException("every score of a report comes from the report's model");
    }
    scores.add(score);
    stages.put(score.customerId(), stage);
    return this;
  }

  /**
   * Adds warnings; only the open ones are shown.
   *
   * @param raised the warnings
   * @return this builder
   */
  public BankReportBuilder warnings(Collection<EarlyWarning> raised) {
    raised.forEach(warning -> warnings.add(requireNonNull(warning, "warning")));
    return this;
  }

  /**
   * Adds a corporate group's totals.
   *
   * @param totals the group's balances and exposure
   * @return this builder
   */
  public BankReportBuilder corporateGroup(UnitTotals totals) {
    groups.add(requireNonNull(totals, "totals"));
    return this;
  }

  /**
   * Sets how many rows the lists show.
   *
   * @param customers top customers, at least 1
   * @param openWarnings open warnings, at least 1
   * @param corporateGroups corporate groups, at least 1
   * @return this builder
   * @throws IllegalArgumentException if a limit is below 1
   */
  public BankReportBuilder limits(int customers, int openWarnings, int corporateGroups) {
    if (customers < 1 || openWarnings < 1 || corporateGroups < 1) {
      throw new IllegalArgumentException("every list shows at least one row");
    }
    this.topCustomers = customers;
    this.topWarnings = openWarnings;
    this.topGroups = corporateGroups;
    return this;
  }

  /**
   * Computes the report.
   *
   * @return the report
   */
  public BankReport build() {
    List<EarlyWarning> open = warnings.stream().filter(EarlyWarning::isOpen).toList();
    ManagerAttribution attribution = ValueRollups.byManager(assignments(), scores);
    return new BankReport(
        title,
        description,
        businessDate,
        currency.getCurrencyCode(),
        fingerprint.shortForm(),
        scores.size(),
        tiers(),
        histogram(),
        valueByStage(),
        topCustomers(),
        openWarnings(open),
        open.size(),
        groupExposures(),
        managerBooks(attribution),
        attribution.unassigned().size());
  }

  private List<BankReport.Count> tiers() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TierCutOff tier : model.tiers()) {
      counts.put(tier.name(), 0L);
    }
    counts.put(model.lossMakingTier(), 0L);
    scores.forEach(score -> counts.merge(score.tier(), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new BankReport.Count(e.getKey(), e.getValue())).toList();
  }

  private List<BankReport.ScoreBand> histogram() {
    int max = model.score().maxScore();
    long[] counts = new long[BANDS];
    for (ValueScore score : scores) {
      counts[Math.min(BANDS - 1, (int) ((long) score.score() * BANDS / (max + 1)))]++;
    }
    List<BankReport.ScoreBand> bands = new ArrayList<>();
    for (int band = 0; band < BANDS; band++) {
      int from = (int) ((long) band * (max + 1) / BANDS);
      int to = (int) ((long) (band + 1) * (max + 1) / BANDS) - 1;
      bands.add(new BankReport.ScoreBand(from, to, counts[band]));
    }
    return bands;
  }

  private List<BankReport.StageValue> valueByStage() {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (LifecycleStage stage : LifecycleStage.values()) {
      sums.put(stage.name(), new long[3]);
    }
    for (ValueScore score : scores) {
      long[] sum = sums.get(stages.get(score.customerId()).name());
      sum[0]++;
      sum[1] = Math.addExact(sum[1], score.annualContribution());
      sum[2] = Math.addExact(sum[2], score.lifetimeValue());
    }
    return sums.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0)
        .map(e -> new BankReport.StageValue(e.getKey(), e.getValue()[0], amount(e.getValue()[1]), amount(e.getValue()[2])))
        .toList();
  }

  private List<BankReport.TopCustomer> topCustomers() {
    return scores.stream()
        .sorted(Comparator.comparingInt(ValueScore::score).reversed()
            .thenComparing(Comparator.comparingLong(ValueScore::annualContribution).reversed())
            .thenComparing(score -> score.customerId().value()))
        .limit(topCustomers)
        .map(score -> new BankReport.TopCustomer(
            score.customerId().value(),
            maskedName(score.customerId()),
            score.score(),
            score.tier(),
            score.flags(),
            amount(score.annualContribution()),
            score.explanation().factors().stream()
                .map(factor -> new BankReport.FactorShare(factor.factor().name(), factor.points()))
                .toList(),
            score.explanation().reasons().stream().map(Reason::text).toList()))
        .toList();
  }

  private List<BankReport.OpenWarning> openWarnings(List<EarlyWarning> open) {
    return open.stream()
        .sorted(Comparator.comparing(EarlyWarning::level).reversed()
            .thenComparing(Comparator.comparingInt(BankReportBuilder::points).reversed())
            .thenComparing(warning -> warning.customerId().value()))
        .limit(topWarnings)
        .map(warning -> new BankReport.OpenWarning(
            warning.customerId().value(),
            maskedName(warning.customerId()),
            warning.level().name(),
            warning.state().name(),
            warning.readings().stream()
                .map(r -> new BankReport.WarningReading(r.factor().name(), r.value(), r.threshold(), r.points()))
                .toList()))
        .toList();
  }

  private static int points(EarlyWarning warning) {
    return warning.readings().stream().mapToInt(FactorReading::points).sum();
  }

  private List<BankReport.GroupExposure> groupExposures() {
    return groups.stream()
        .map(group -> new BankReport.GroupExposure(
            group.members().stream().map(this::maskedName).toList(),
            group.exposure(currency, ExposureKind.BORROWED).amount(),
            group.exposure(currency, ExposureKind.GUARANTEED).amount()))
        .filter(group -> group.total().signum() > 0)
        .sorted(Comparator.comparing(BankReport.GroupExposure::total).reversed()
            .thenComparing(group -> group.members().toString()))
        .limit(topGroups)
        .toList();
  }

  private Map<CustomerId, RelationshipManagerId> assignments() {
    Map<CustomerId, RelationshipManagerId> managers = new HashMap<>();
    for (ValueScore score : scores) {
      customers.apply(score.customerId())
          .map(Customer::relationshipManager)
          .ifPresent(manager -> managers.put(score.customerId(), manager));
    }
    return managers;
  }

  private List<BankReport.ManagerBook> managerBooks(ManagerAttribution attribution) {
    List<BankReport.ManagerBook> books = new ArrayList<>();
    attribution.byManager().forEach((manager, book) -> books.add(book(manager, book)));
    books.sort(Comparator.comparing(BankReport.ManagerBook::annualContribution).reversed()
        .thenComparing(BankReport.ManagerBook::manager));
    return books;
  }

  private BankReport.ManagerBook book(RelationshipManagerId manager, ValueRollup book) {
    return new BankReport.ManagerBook(manager.value(), book.members(), book.scored(),
        amount(book.annualContribution()), amount(book.lifetimeValue()), book.lossMaking());
  }

  private String maskedName(CustomerId id) {
    return customers.apply(id).map(Customer::maskedName).orElse("—");
  }

  private BigDecimal amount(long minorUnits) {
    return BigDecimal.valueOf(minorUnits, Math.max(0, currency.getDefaultFractionDigits()));
  }
}
