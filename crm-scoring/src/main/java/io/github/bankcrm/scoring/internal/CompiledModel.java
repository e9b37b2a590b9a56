package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.model.ChannelCost;
import io.github.bankcrm.scoring.model.CurrencyRate;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.FactorWeight;
import io.github.bankcrm.scoring.model.ProductRate;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.TierCutOff;
import io.github.bankcrm.scoring.model.VipRule;
import io.github.bankcrm.scoring.score.ContributionBreakdown;
import io.github.bankcrm.scoring.score.Explanation;
import io.github.bankcrm.scoring.score.Reason;
import io.github.bankcrm.scoring.score.RfmScore;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A validated model compiled for the hot path: every rate, cost and threshold in a primitive array
 * indexed by product ordinal and currency index, every derived constant (currency conversions, the
 * lifetime value multipliers, points per factor) computed once with exact decimals.
 *
 * <p>Scoring uses {@code double} arithmetic in a fixed order of additions and multiplications only (no
 * {@code Math.pow}, no intrinsics allowed to differ between JVMs), so it gives the same bits on every
 * Java 17+ JVM (strict IEEE 754 semantics since JEP 306). Amounts are rounded half up to minor units
 * with {@link Math#round(double)}. Immutable and thread-safe.
 */
public final class CompiledModel {

  private static final Factor[] FACTORS = Factor.values();
  private static final int PRODUCTS = ProductType.values().length;
  private static final int MAX_REASONS = 3;
  /** Per-thread scratch for the exact points of the factors: a score allocates no working arrays. */
  private static final ThreadLocal<double[]> SCRATCH =
      ThreadLocal.withInitial(() -> new double[FACTORS.length]);
  private static final Reason[][] BANDED_REASONS = {
    {Reason.CONTRIBUTION_HIGH, Reason.CONTRIBUTION_MEDIUM, Reason.CONTRIBUTION_LOW},
    {Reason.LIFETIME_VALUE_HIGH, Reason.LIFETIME_VALUE_MEDIUM, Reason.LIFETIME_VALUE_LOW},
    {Reason.RECENCY_HIGH, Reason.RECENCY_MEDIUM, Reason.RECENCY_LOW},
    {Reason.FREQUENCY_HIGH, Reason.FREQUENCY_MEDIUM, Reason.FREQUENCY_LOW},
    {Reason.MONETARY_HIGH, Reason.MONETARY_MEDIUM, Reason.MONETARY_LOW}
  };
  private static final Reason[] NEGATIVE_REASONS = {
    Reason.CONTRIBUTION_NEGATIVE, Reason.LIFETIME_VALUE_NEGATIVE, null, null, null
  };

  private final ModelFingerprint fingerprint;
  private final Currency[] currencies;
  private final double[] toReportingMinor;
  private final double reportingMinorPerUnit;
  private final boolean[] hasRate;
  private final double[] fundsTransferPrice;
  private final double[] servicingMinorPerYear;
  private final double[] channelCostMinor;
  private final int[] recencyDays;
  private final int[] frequency;
  private final long[] monetaryMinor;
  private final double[] lifetimeMultiplier;
  private final int maxScore;
  private final boolean[] inModel;
  private final int factorMask;
  private final double[] pointsAtFull;
  private final double[] fullAtMinor;
  private final Factor[] modelFactors;
  private final String[] tierNames;
  private final int[] tierMinScores;
  private final String lossMakingTier;
  private final CompiledVipRule[] vipRules;
  private final ExplanationFactory explanations;

  /**
   * Compiles a model; the model must be valid.
   *
   * @param model a model that passed {@link ScoringModel#validate()}
   * @param explanations makes each score's explanation from the primitive results
   */
  public CompiledModel(ScoringModel model, ExplanationFactory explanations) {
    this.explanations = java.util.Objects.requireNonNull(explanations, "explanations");
    if (model.validate().isInvalid()) {
      throw new IllegalArgumentException("only a valid scoring model compiles");
    }
    fingerprint = model.fingerprint();
    Currency reporting = Currency.getInstance(model.reportingCurrency());
    BigDecimal reportingMinor = BigDecimal.TEN.pow(fractionDigits(reporting));
    reportingMinorPerUnit = reportingMinor.doubleValue();

    int currencyCount = model.currencies().size();
    currencies = new Currency[currencyCount];
    toReportingMinor = new double[currencyCount];
    BigDecimal[] unitToReportingMinor = new BigDecimal[currencyCount];
    for (int i = 0; i < currencyCount; i++) {
      CurrencyRate rate = model.currencies().get(i);
      currencies[i] = Currency.getInstance(rate.code());
      unitToReportingMinor[i] = rate.toReporting().multiply(reportingMinor);
      // one minor unit of this currency in reporting minor units
      toReportingMinor[i] =
          unitToReportingMinor[i]
              .divide(BigDecimal.TEN.pow(fractionDigits(currencies[i])), MathContext.DECIMAL64)
              .doubleValue();
    }

    hasRate = new boolean[PRODUCTS * currencyCount];
    fundsTransferPrice = new double[PRODUCTS * currencyCount];
    servicingMinorPerYear = new double[PRODUCTS * currencyCount];
    for (ProductRate rate : model.rates()) {
      int currency = indexOf(Currency.getInstance(rate.currency()));
      int slot = rate.product().ordinal() * currencyCount + currency;
      hasRate[slot] = true;
      fundsTransferPrice[slot] = rate.fundsTransferPrice().doubleValue();
      servicingMinorPerYear[slot] =
          rate.servicingCostPerYear().multiply(unitToReportingMinor[currency]).doubleValue();
    }

    channelCostMinor = new double[io.github.bankcrm.scoring.snapshot.Channel.values().length];
    for (ChannelCost cost : model.channelCosts()) {
      channelCostMinor[cost.channel().ordinal()] = cost.costPerUse().multiply(reportingMinor).doubleValue();
    }

    recencyDays = model.rfm().recencyDays().stream().mapToInt(Integer::intValue).toArray();
    frequency = model.rfm().frequency().stream().mapToInt(Integer::intValue).toArray();
    monetaryMinor =
        model.rfm().monetary().stream()
            .mapToLong(m -> m.multiply(reportingMinor).setScale(0, RoundingMode.CEILING).longValueExact())
            .toArray();

    lifetimeMultiplier = new double[LifecycleStage.values().length];
    for (LifecycleStage stage : LifecycleStage.values()) {
      lifetimeMultiplier[stage.ordinal()] = model.lifetimeValue().multiplier(stage).doubleValue();
    }

    maxScore = model.score().maxScore();
    inModel = new boolean[FACTORS.length];
    pointsAtFull = new double[FACTORS.length];
    fullAtMinor = new double[FACTORS.length];
    List<Factor> listed = new ArrayList<>();
    for (FactorWeight weight : model.score().factors()) {
      int f = weight.factor().ordinal();
      inModel[f] = true;
      pointsAtFull[f] = weight.weight().multiply(BigDecimal.valueOf(maxScore)).doubleValue();
      if (weight.factor().isAmount()) {
        fullAtMinor[f] = weight.fullAt().multiply(reportingMinor).doubleValue();
      }
    }
    for (Factor factor : FACTORS) {
      if (inModel[factor.ordinal()]) {
        listed.add(factor);
      }
    }
    modelFactors = listed.toArray(new Factor[0]);
    int mask = 0;
    for (Factor factor : modelFactors) {
      mask |= 1 << factor.ordinal();
    }
    factorMask = mask;

    tierNames = model.tiers().stream().map(TierCutOff::name).toArray(String[]::new);
    tierMinScores = model.tiers().stream().mapToInt(TierCutOff::minScore).toArray();
    lossMakingTier = model.lossMakingTier();

    vipRules = new CompiledVipRule[model.vipRules().size()];
    for (int i = 0; i < vipRules.length; i++) {
      VipRule rule = model.vipRules().get(i);
      vipRules[i] = new CompiledVipRule(rule, reportingMinor);
    }
  }

  /**
   * The fingerprint of the compiled model.
   *
   * @return the fingerprint every score carries
   */
  public ModelFingerprint fingerprint() {
    return fingerprint;
  }

  /**
   * The tier of a score.
   *
   * @param score a score, 0 to the maximum
   * @param lossMaking whether the contribution is negative
   * @return the loss-making tier for a loss-making customer, otherwise the first tier whose minimum
   *     the score reaches
   */
  public String tierOf(int score, boolean lossMaking) {
    if (lossMaking) {
      return lossMakingTier;
    }
    for (int i = 0; i < tierMinScores.length; i++) {
      if (score >= tierMinScores[i]) {
        return tierNames[i];
      }
    }
    // validation makes the last tier start at 0
    return tierNames[tierNames.length - 1];
  }

  /**
   * Scores one snapshot.
   *
   * @param snapshot the customer's snapshot
   * @return the score, or every refused field of the snapshot
   */
  public Either<ScoringError, ValueScore> score(CustomerSnapshot snapshot) {
    Problems problems = new Problems();
    if (snapshot.asOf() == null) {
      problems.add(FieldError.required("asOf"));
    }
    if (snapshot.periodDays() < 1 || snapshot.periodDays() > 366) {
      problems.add(FieldError.outOfRange("periodDays", "1 to 366"));
    }
    if (snapshot.stage() == null) {
      problems.add(FieldError.required("stage"));
    }
    checkAttributes(snapshot.attributes(), problems);
    double yearFraction = snapshot.periodDays() / 365.0;

    double depositInterest = 0;
    double lendingInterest = 0;
    double operatingCost = 0;
    double feeIncome = 0;
    List<Position> positions = snapshot.positions();
    if (positions == null) {
      problems.add(FieldError.required("positions"));
    } else {
      long seen = 0;
      for (int i = 0; i < positions.size(); i++) {
        Position position = positions.get(i);
        int currency = currencyIndex(position.currency(), "positions", i, problems);
        if (position.product() == null) {
          problems.add(FieldError.required(path("positions", i, "product")));
        }
        if (position.averageBalance() < 0) {
          problems.add(negative(path("positions", i, "averageBalance")));
        }
        double rate = position.customerRate();
        if (!(rate >= -1 && rate <= 1)) {
          problems.add(FieldError.outOfRange(path("positions", i, "customerRate"), "-1 to 1"));
        }
        if (currency < 0 || position.product() == null) {
          continue;
        }
        int slot = position.product().ordinal() * currencies.length + currency;
        if (!hasRate[slot]) {
          problems.add(
              new FieldError(
                  "product.not_in_model",
                  path("positions", i, "product"),
                  "has no rates for this currency in the scoring model"));
          continue;
        }
        if (slot < Long.SIZE) {
          if ((seen & (1L << slot)) != 0) {
            problems.add(
                new FieldError(
                    "duplicate", path("positions", i, ""), "repeats a product type and currency"));
          }
          seen |= 1L << slot;
        }
        double balance = position.averageBalance() * toReportingMinor[currency];
        switch (position.product()) {
          case DEPOSIT -> depositInterest += balance * (fundsTransferPrice[slot] - rate) * yearFraction;
          case LOAN, CARD -> lendingInterest += balance * (rate - fundsTransferPrice[slot]) * yearFraction;
          case WEALTH, INSURANCE -> {
            // off balance sheet: earns fees, not interest
          }
        }
        operatingCost += servicingMinorPerYear[slot] * yearFraction;
      }
    }
    List<FeeIncome> fees = snapshot.fees();
    if (fees == null) {
      problems.add(FieldError.required("fees"));
    } else {
      for (int i = 0; i < fees.size(); i++) {
        FeeIncome fee = fees.get(i);
        int currency = currencyIndex(fee.currency(), "fees", i, problems);
        if (fee.type() == null) {
          problems.add(FieldError.required(path("fees", i, "type")));
        }
        if (fee.amount() < 0) {
          problems.add(negative(path("fees", i, "amount")));
        } else if (currency >= 0) {
          feeIncome += fee.amount() * toReportingMinor[currency];
        }
      }
    }
    List<ChannelUse> uses = snapshot.channelUses();
    if (uses == null) {
      problems.add(FieldError.required("channelUses"));
    } else {
      for (int i = 0; i < uses.size(); i++) {
        ChannelUse use = uses.get(i);
        if (use.channel() == null) {
          problems.add(FieldError.required(path("channelUses", i, "channel")));
        } else if (use.count() < 0) {
          problems.add(negative(path("channelUses", i, "count")));
        } else {
          operatingCost += use.count() * channelCostMinor[use.channel().ordinal()];
        }
      }
    }
    double expectedLoss = 0;
    CreditRisk credit = snapshot.credit();
    if (credit == null) {
      problems.add(FieldError.required("credit"));
    } else {
      if (!(credit.probabilityOfDefault() >= 0 && credit.probabilityOfDefault() <= 1)) {
        problems.add(FieldError.outOfRange("credit.probabilityOfDefault", "0 to 1"));
      }
      if (!(credit.lossGivenDefault() >= 0 && credit.lossGivenDefault() <= 1)) {
        problems.add(FieldError.outOfRange("credit.lossGivenDefault", "0 to 1"));
      }
      if (credit.exposureAtDefault() < 0) {
        problems.add(negative("credit.exposureAtDefault"));
      }
      expectedLoss =
          credit.probabilityOfDefault()
              * credit.lossGivenDefault()
              * credit.exposureAtDefault()
              * yearFraction;
    }
    TransactionSummary transactions = snapshot.transactions();
    if (transactions == null) {
      problems.add(FieldError.required("transactions"));
    } else {
      if (transactions.count() < 0) {
        problems.add(negative("transactions.count"));
      }
      if (transactions.amount() < 0) {
        problems.add(negative("transactions.amount"));
      }
      if (transactions.lastActivity() != null
          && snapshot.asOf() != null
          && transactions.lastActivity().isAfter(snapshot.asOf())) {
        problems.add(
            new FieldError(
                "date.after_as_of", "transactions.lastActivity", "must not be after the snapshot's day"));
      }
    }
    if (problems.any()) {
      return Either.left(new ScoringError.InvalidSnapshot(snapshot.customerId(), problems.list()));
    }

    long deposit = Math.round(depositInterest);
    long lending = Math.round(lendingInterest);
    long fee = Math.round(feeIncome);
    long cost = Math.round(operatingCost);
    long loss = Math.round(expectedLoss);
    ContributionBreakdown contribution =
        new ContributionBreakdown(deposit, lending, fee, cost, loss, deposit + lending + fee - cost - loss);
    long annual = Math.round(contribution.total() * 365.0 / snapshot.periodDays());
    long lifetimeValue = Math.round(annual * lifetimeMultiplier[snapshot.stage().ordinal()]);
    RfmScore rfm = rfm(snapshot.asOf(), transactions);
    boolean lossMaking = contribution.total() < 0;

    // the raw values and points go into the explanation as they are; only the exact points are scratch
    double[] raw = new double[FACTORS.length];
    raw[Factor.CONTRIBUTION.ordinal()] = annual / reportingMinorPerUnit;
    raw[Factor.LIFETIME_VALUE.ordinal()] = lifetimeValue / reportingMinorPerUnit;
    raw[Factor.RECENCY.ordinal()] = rfm.recency();
    raw[Factor.FREQUENCY.ordinal()] = rfm.frequency();
    raw[Factor.MONETARY.ordinal()] = rfm.monetary();
    double[] exact = SCRATCH.get();
    double exactTotal = 0;
    for (Factor factor : modelFactors) {
      int f = factor.ordinal();
      exact[f] = pointsAtFull[f] * level(f, annual, lifetimeValue, rfm);
      exactTotal += exact[f];
    }
    int[] points = new int[FACTORS.length];
    int score = PointAllocation.largestRemainder(exact, 0, factorMask, Math.round(exactTotal), points);
    Explanation explanation =
        explanations.of(factorMask, raw, points, reasons(points, raw, annual, lifetimeValue, rfm, lossMaking));
    String tier = tierOf(score, lossMaking);
    List<String> flags = flags(snapshot, score, annual);
    return Either.right(
        new ValueScore(
            snapshot.customerId(),
            fingerprint,
            score,
            tier,
            flags,
            contribution,
            annual,
            rfm,
            lifetimeValue,
            explanation));
  }

  /** A factor's level in [0, 1]; the same operations in the same order for the points and the reasons. */
  private double level(int f, long annual, long lifetimeValue, RfmScore rfm) {
    return switch (FACTORS[f]) {
      case CONTRIBUTION -> amountLevel(f, annual);
      case LIFETIME_VALUE -> amountLevel(f, lifetimeValue);
      case RECENCY -> (rfm.recency() - 1) / 4.0;
      case FREQUENCY -> (rfm.frequency() - 1) / 4.0;
      case MONETARY -> (rfm.monetary() - 1) / 4.0;
    };
  }

  private double amountLevel(int f, long amountMinor) {
    if (!inModel[f] || amountMinor <= 0) {
      return 0;
    }
    double level = amountMinor / fullAtMinor[f];
    return level > 1 ? 1 : level;
  }

  private RfmScore rfm(java.time.LocalDate asOf, TransactionSummary transactions) {
    int recency = 1;
    if (transactions.lastActivity() != null) {
      long days = asOf.toEpochDay() - transactions.lastActivity().toEpochDay();
      recency = descendingScore(days, recencyDays);
    }
    int frequencyScore = 1;
    for (int i = 0; i < frequency.length; i++) {
      if (transactions.count() >= frequency[i]) {
        frequencyScore = 5 - i;
        break;
      }
    }
    int monetary = 1;
    for (int i = 0; i < monetaryMinor.length; i++) {
      if (transactions.amount() >= monetaryMinor[i]) {
        monetary = 5 - i;
        break;
      }
    }
    return new RfmScore(recency, frequencyScore, monetary);
  }

  private static int descendingScore(long days, int[] thresholds) {
    for (int i = 0; i < thresholds.length; i++) {
      if (days <= thresholds[i]) {
        return 5 - i;
      }
    }
    return 1;
  }

  /** The reasons as {@code ordinal + 1} in 5-bit slots, the first in the lowest bits. */
  private int reasons(
      int[] points, double[] raw, long annual, long lifetimeValue, RfmScore rfm, boolean lossMaking) {
    int codes = 0;
    int count = 0;
    int used = 0;
    if (lossMaking) {
      codes = Reason.CONTRIBUTION_NEGATIVE.ordinal() + 1;
      count = 1;
      used = 1 << Factor.CONTRIBUTION.ordinal();
    }
    while (count < MAX_REASONS) {
      int best = -1;
      for (Factor factor : modelFactors) {
        int f = factor.ordinal();
        if ((used & (1 << f)) == 0 && (best < 0 || points[f] > points[best])) {
          best = f;
        }
      }
      if (best < 0) {
        break;
      }
      used |= 1 << best;
      Reason reason = reason(FACTORS[best], level(best, annual, lifetimeValue, rfm), raw[best]);
      codes |= (reason.ordinal() + 1) << (5 * count++);
    }
    return codes;
  }

  private static Reason reason(Factor factor, double level, double raw) {
    if (raw < 0 && factor.isAmount()) {
      return NEGATIVE_REASONS[factor.ordinal()];
    }
    int band = level >= 2.0 / 3 ? 0 : level >= 1.0 / 3 ? 1 : 2;
    return BANDED_REASONS[factor.ordinal()][band];
  }

  private List<String> flags(CustomerSnapshot snapshot, int score, long annualContribution) {
    if (vipRules.length == 0) {
      return List.of();
    }
    double annualTurnover = snapshot.transactions().amount() * 365.0 / snapshot.periodDays();
    String first = null;
    List<String> more = null;
    for (CompiledVipRule rule : vipRules) {
      if (rule.matches(snapshot, score, annualContribution, annualTurnover)) {
        if (first == null) {
          first = rule.code();
        } else {
          if (more == null) {
            more = new ArrayList<>();
            more.add(first);
          }
          more.add(rule.code());
        }
      }
    }
    return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
  }

  private void checkAttributes(CustomerAttributes attributes, Problems problems) {
    if (attributes == null) {
      problems.add(FieldError.required("attributes"));
    } else if (attributes.age() != null && (attributes.age() < 0 || attributes.age() > 150)) {
      problems.add(FieldError.outOfRange("attributes.age", "0 to 150"));
    }
  }

  private int currencyIndex(Currency currency, String list, int i, Problems problems) {
    if (currency == null) {
      problems.add(FieldError.required(path(list, i, "currency")));
      return -1;
    }
    int index = indexOf(currency);
    if (index < 0) {
      problems.add(
          new FieldError(
              "currency.not_in_model", path(list, i, "currency"), "is not a currency of the scoring model"));
    }
    return index;
  }

  private int indexOf(Currency currency) {
    for (int i = 0; i < currencies.length; i++) {
      if (currencies[i] == currency) {
        return i;
      }
    }
    return -1;
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static FieldError negative(String path) {
    return new FieldError("amount.negative", path, "must not be negative");
  }

  private static String path(String list, int index, String field) {
    return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
  }

  /** The refused fields of one snapshot; allocates nothing until the first one. */
  private static final class Problems {
    private List<FieldError> errors;

    void add(FieldError error) {
      if (errors == null) {
        errors = new ArrayList<>();
      }
      errors.add(error);
    }

    boolean any() {
      return errors != null;
    }

    List<FieldError> list() {
      return errors;
    }
  }
}
