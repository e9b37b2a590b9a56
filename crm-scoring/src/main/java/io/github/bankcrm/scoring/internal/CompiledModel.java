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
import io.github.bankcrm.scoring.score.Reason;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
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
  /** Factor ordinals fit in 3 bits of a reason ordering key. */
  private static final int KEY_SPACE = 8;
  private static final long FIRST_EPOCH_DAY = LocalDate.MIN.toEpochDay();
  private static final int CONTRIBUTION = Factor.CONTRIBUTION.ordinal();
  private static final int LIFETIME_VALUE = Factor.LIFETIME_VALUE.ordinal();
  private static final int RECENCY = Factor.RECENCY.ordinal();
  private static final int FREQUENCY = Factor.FREQUENCY.ordinal();
  private static final int MONETARY = Factor.MONETARY.ordinal();
  /** What a position of a product and currency earns: nothing listed, deposit or lending interest, fees. */
  static final byte NO_RATE = 0;
  static final byte DEPOSIT_INTEREST = 1;
  static final byte LENDING_INTEREST = 2;
  private static final byte OFF_BALANCE_SHEET = 3;
  /** Reason ordinals per factor ordinal, for levels high, medium and low. */
  private static final int[][] BANDED_REASONS = {
    {Reason.CONTRIBUTION_HIGH.ordinal(), Reason.CONTRIBUTION_MEDIUM.ordinal(), Reason.CONTRIBUTION_LOW.ordinal()},
    {
      Reason.LIFETIME_VALUE_HIGH.ordinal(),
      Reason.LIFETIME_VALUE_MEDIUM.ordinal(),
      Reason.LIFETIME_VALUE_LOW.ordinal()
    },
    {Reason.RECENCY_HIGH.ordinal(), Reason.RECENCY_MEDIUM.ordinal(), Reason.RECENCY_LOW.ordinal()},
    {Reason.FREQUENCY_HIGH.ordinal(), Reason.FREQUENCY_MEDIUM.ordinal(), Reason.FREQUENCY_LOW.ordinal()},
    {Reason.MONETARY_HIGH.ordinal(), Reason.MONETARY_MEDIUM.ordinal(), Reason.MONETARY_LOW.ordinal()}
  };
  /** Reason ordinals per factor ordinal for a negative amount (only the amount factors have one). */
  private static final int[] NEGATIVE_REASONS = {
    Reason.CONTRIBUTION_NEGATIVE.ordinal(), Reason.LIFETIME_VALUE_NEGATIVE.ordinal(), -1, -1, -1
  };

  private final ModelFingerprint fingerprint;
  final Currency[] currencies;
  final double[] toReportingMinor;
  private final double reportingMinorPerUnit;
  /** Per product ordinal × currency index: {@link #NO_RATE} or how the position earns. */
  final byte[] interestKind;
  final double[] fundsTransferPrice;
  final double[] servicingMinorPerYear;
  final double[] channelCostMinor;
  final int[] recencyDays;
  final int[] frequency;
  final long[] monetaryMinor;
  final double[] lifetimeMultiplier;
  final int maxScore;
  final boolean[] inModel;
  final int factorMask;
  final double[] pointsAtFull;
  final double[] fullAtMinor;
  /** The ordinals of the model's factors, in {@code Factor} order. */
  private final int[] modelFactors;
  private final String[] tierNames;
  final int[] tierMinScores;
  private final String lossMakingTier;
  final CompiledVipRule[] vipRules;
  /** What the block scorer derives from this model, made on the first block (a real-time caller never needs it). */
  private volatile BlockScoring.Tables blockTables;

  /**
   * Compiles a model; the model must be valid.
   *
   * @param model a model that passed {@link ScoringModel#validate()}
   */
  public CompiledModel(ScoringModel model) {
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

    interestKind = new byte[PRODUCTS * currencyCount];
    fundsTransferPrice = new double[PRODUCTS * currencyCount];
    servicingMinorPerYear = new double[PRODUCTS * currencyCount];
    for (ProductRate rate : model.rates()) {
      int currency = indexOf(Currency.getInstance(rate.currency()));
      int slot = rate.product().ordinal() * currencyCount + currency;
      interestKind[slot] =
          switch (rate.product()) {
            case DEPOSIT -> DEPOSIT_INTEREST;
            case LOAN, CARD -> LENDING_INTEREST;
            case WEALTH, INSURANCE -> OFF_BALANCE_SHEET;
          };
      fundsTransferPrice[slot] = rate.fundsTransferPrice().doubleValue();
      servicingMinorPerYear[slot] =
          rate.servicingCostPerYear().multiply(unitToReportingMinor[currency]).doubleValue();
    }

    channelCostMinor = new double[Channel.values().length];
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
    for (FactorWeight weight : model.score().factors()) {
      int f = weight.factor().ordinal();
      inModel[f] = true;
      pointsAtFull[f] = weight.weight().multiply(BigDecimal.valueOf(maxScore)).doubleValue();
      if (weight.factor().isAmount()) {
        fullAtMinor[f] = weight.fullAt().multiply(reportingMinor).doubleValue();
      }
    }
    modelFactors = java.util.stream.IntStream.range(0, FACTORS.length).filter(f -> inModel[f]).toArray();
    int mask = 0;
    for (int f : modelFactors) {
      mask |= 1 << f;
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
   * A tier by index, as the block scorer stores it.
   *
   * @param index an index into the model's tiers, or their number for the loss-making tier
   * @return the tier's name
   */
  String tierName(int index) {
    return index == tierNames.length ? lossMakingTier : tierNames[index];
  }

  /** The block scorer's tables of this model, made once (a race makes equal tables twice, harmlessly). */
  BlockScoring.Tables blockTables() {
    BlockScoring.Tables tables = blockTables;
    if (tables == null) {
      tables = new BlockScoring.Tables(this);
      blockTables = tables;
    }
    return tables;
  }

  /**
   * Scores one snapshot into a state, allocating nothing when the snapshot is valid.
   *
   * @param snapshot the customer's snapshot
   * @param out receives the score, or every refused field of the snapshot
   * @return whether the snapshot was scored
   */
  public boolean scoreInto(CustomerSnapshot snapshot, ScoreState out) {
    out.begin(snapshot.customerId(), fingerprint);
    LocalDate asOf = snapshot.asOf();
    int periodDays = snapshot.periodDays();
    LifecycleStage stage = snapshot.stage();
    if (asOf == null) {
      out.refuse(FieldError.required("asOf"));
    }
    if (periodDays < 1 || periodDays > 366) {
      out.refuse(FieldError.outOfRange("periodDays", "1 to 366"));
    }
    if (stage == null) {
      out.refuse(FieldError.required("stage"));
    }
    CustomerAttributes attributes = snapshot.attributes();
    checkAttributes(attributes, out);
    double yearFraction = periodDays / 365.0;

    double depositInterest = 0;
    double lendingInterest = 0;
    double operatingCost = 0;
    double feeIncome = 0;
    List<Position> positions = snapshot.positions();
    if (positions == null) {
      out.refuse(FieldError.required("positions"));
    } else {
      long seen = 0;
      for (int i = 0, n = positions.size(); i < n; i++) {
        Position position = positions.get(i);
        ProductType product = position.product();
        int currency = currencyIndex(position.currency(), "positions", i, out);
        if (product == null) {
          out.refuse(FieldError.required(path("positions", i, "product")));
        }
        long averageBalance = position.averageBalance();
        if (averageBalance < 0) {
          out.refuse(negative(path("positions", i, "averageBalance")));
        }
        double rate = position.customerRate();
        if (!(rate >= -1 && rate <= 1)) {
          out.refuse(FieldError.outOfRange(path("positions", i, "customerRate"), "-1 to 1"));
        }
        if (currency < 0 || product == null) {
          continue;
        }
        int slot = product.ordinal() * currencies.length + currency;
        byte kind = interestKind[slot];
        if (kind == NO_RATE) {
          out.refuse(
              new FieldError(
                  "product.not_in_model",
                  path("positions", i, "product"),
                  "has no rates for this currency in the scoring model"));
          continue;
        }
        if (slot < Long.SIZE) {
          if ((seen & (1L << slot)) != 0) {
            out.refuse(new FieldError("duplicate", path("positions", i, ""), "repeats a product type and currency"));
          }
          seen |= 1L << slot;
        }
        double balance = averageBalance * toReportingMinor[currency];
        if (kind == DEPOSIT_INTEREST) {
          depositInterest += balance * (fundsTransferPrice[slot] - rate) * yearFraction;
        } else if (kind == LENDING_INTEREST) {
          lendingInterest += balance * (rate - fundsTransferPrice[slot]) * yearFraction;
        }
        // OFF_BALANCE_SHEET positions (wealth, insurance) earn fees, not interest
        operatingCost += servicingMinorPerYear[slot] * yearFraction;
      }
    }
    List<FeeIncome> fees = snapshot.fees();
    if (fees == null) {
      out.refuse(FieldError.required("fees"));
    } else {
      for (int i = 0, n = fees.size(); i < n; i++) {
        FeeIncome fee = fees.get(i);
        int currency = currencyIndex(fee.currency(), "fees", i, out);
        if (fee.type() == null) {
          out.refuse(FieldError.required(path("fees", i, "type")));
        }
        long amount = fee.amount();
        if (amount < 0) {
          out.refuse(negative(path("fees", i, "amount")));
        } else if (currency >= 0) {
          feeIncome += amount * toReportingMinor[currency];
        }
      }
    }
    List<ChannelUse> uses = snapshot.channelUses();
    if (uses == null) {
      out.refuse(FieldError.required("channelUses"));
    } else {
      for (int i = 0, n = uses.size(); i < n; i++) {
        ChannelUse use = uses.get(i);
        Channel channel = use.channel();
        int count = use.count();
        if (channel == null) {
          out.refuse(FieldError.required(path("channelUses", i, "channel")));
        } else if (count < 0) {
          out.refuse(negative(path("channelUses", i, "count")));
        } else {
          operatingCost += count * channelCostMinor[channel.ordinal()];
        }
      }
    }
    double expectedLoss = 0;
    CreditRisk credit = snapshot.credit();
    if (credit == null) {
      out.refuse(FieldError.required("credit"));
    } else {
      double pd = credit.probabilityOfDefault();
      double lgd = credit.lossGivenDefault();
      long ead = credit.exposureAtDefault();
      if (!(pd >= 0 && pd <= 1)) {
        out.refuse(FieldError.outOfRange("credit.probabilityOfDefault", "0 to 1"));
      }
      if (!(lgd >= 0 && lgd <= 1)) {
        out.refuse(FieldError.outOfRange("credit.lossGivenDefault", "0 to 1"));
      }
      if (ead < 0) {
        out.refuse(negative("credit.exposureAtDefault"));
      }
      expectedLoss = pd * lgd * ead * yearFraction;
    }
    TransactionSummary transactions = snapshot.transactions();
    if (transactions == null) {
      out.refuse(FieldError.required("transactions"));
    } else {
      if (transactions.count() < 0) {
        out.refuse(negative("transactions.count"));
      }
      if (transactions.amount() < 0) {
        out.refuse(negative("transactions.amount"));
      }
      LocalDate lastActivity = transactions.lastActivity();
      if (lastActivity != null && asOf != null && lastActivity.isAfter(asOf)) {
        out.refuse(
            new FieldError("date.after_as_of", "transactions.lastActivity", "must not be after the snapshot's day"));
      }
    }
    if (out.problems != null) {
      out.error = new ScoringError.InvalidSnapshot(snapshot.customerId(), out.problems);
      out.problems = null;
      return false;
    }

    long deposit = Math.round(depositInterest);
    long lending = Math.round(lendingInterest);
    long fee = Math.round(feeIncome);
    long cost = Math.round(operatingCost);
    long loss = Math.round(expectedLoss);
    long total = deposit + lending + fee - cost - loss;
    long annual = Math.round(total * 365.0 / periodDays);
    long lifetimeValue = Math.round(annual * lifetimeMultiplier[stage.ordinal()]);
    out.depositInterest = deposit;
    out.lendingInterest = lending;
    out.feeIncome = fee;
    out.operatingCost = cost;
    out.expectedCreditLoss = loss;
    out.contribution = total;
    out.annualContribution = annual;
    out.lifetimeValue = lifetimeValue;
    rfm(asOf, transactions, out);
    boolean lossMaking = total < 0;

    double[] raw = out.raw;
    rawValues(annual, lifetimeValue, out.recency, out.frequency, out.monetary, raw);
    double[] level = out.level;
    level[CONTRIBUTION] = amountLevel(CONTRIBUTION, annual);
    level[LIFETIME_VALUE] = amountLevel(LIFETIME_VALUE, lifetimeValue);
    level[RECENCY] = (out.recency - 1) / 4.0;
    level[FREQUENCY] = (out.frequency - 1) / 4.0;
    level[MONETARY] = (out.monetary - 1) / 4.0;
    double[] exact = out.exact;
    double exactTotal = 0;
    for (int f : modelFactors) {
      exact[f] = pointsAtFull[f] * level[f];
      exactTotal += exact[f];
    }
    int score = PointAllocation.largestRemainder(exact, factorMask, Math.round(exactTotal), out.points);
    out.factorMask = factorMask;
    out.score = score;
    out.reasons = reasons(out.points, raw, level, lossMaking, out.order);
    out.tier = tierOf(score, lossMaking);
    flags(attributes, stage, transactions.amount() * 365.0 / periodDays, score, annual, out);
    out.scored = true;
    return true;
  }

  /** Each factor's raw value, per factor ordinal, into {@code raw}. */
  void rawValues(long annual, long lifetimeValue, int recency, int frequency, int monetary, double[] raw) {
    raw[CONTRIBUTION] = annual / reportingMinorPerUnit;
    raw[LIFETIME_VALUE] = lifetimeValue / reportingMinorPerUnit;
    raw[RECENCY] = recency;
    raw[FREQUENCY] = frequency;
    raw[MONETARY] = monetary;
  }

  private double amountLevel(int f, long amountMinor) {
    if (!inModel[f] || amountMinor <= 0) {
      return 0;
    }
    double level = amountMinor / fullAtMinor[f];
    return level > 1 ? 1 : level;
  }

  private void rfm(LocalDate asOf, TransactionSummary transactions, ScoreState out) {
    int recency = 1;
    LocalDate lastActivity = transactions.lastActivity();
    if (lastActivity != null) {
      if (asOf != out.asOf || out.recencyModel != this) {
        // a batch scores one day: the first day of each recency band is worked out once per slot
        for (int i = 0; i < recencyDays.length; i++) {
          long from = asOf.toEpochDay() - recencyDays[i];
          out.recencyFrom[i] = from < FIRST_EPOCH_DAY ? Long.MIN_VALUE : dayOrder(LocalDate.ofEpochDay(from));
        }
        out.asOf = asOf;
        out.recencyModel = this;
      }
      // days since the last activity <= threshold  <=>  last activity on or after asOf - threshold
      long last = dayOrder(lastActivity);
      for (int i = 0; i < recencyDays.length; i++) {
        if (last >= out.recencyFrom[i]) {
          recency = 5 - i;
          break;
        }
      }
    }
    int count = transactions.count();
    int frequencyScore = 1;
    for (int i = 0; i < frequency.length; i++) {
      if (count >= frequency[i]) {
        frequencyScore = 5 - i;
        break;
      }
    }
    long amount = transactions.amount();
    int monetary = 1;
    for (int i = 0; i < monetaryMinor.length; i++) {
      if (amount >= monetaryMinor[i]) {
        monetary = 5 - i;
        break;
      }
    }
    out.recency = recency;
    out.frequency = frequencyScore;
    out.monetary = monetary;
  }

  /** A number that orders days as the calendar does, without the epoch-day arithmetic. */
  private static long dayOrder(LocalDate day) {
    return day.getYear() * 512L + day.getMonthValue() * 32 + day.getDayOfMonth();
  }

  /**
   * The reasons as {@code ordinal + 1} in 5-bit slots, the first in the lowest bits: a negative
   * contribution first, then the factors by points, descending, ties in factor order: the largest of a
   * unique key per factor, three times, without a branch per comparison.
   */
  private int reasons(int[] points, double[] raw, double[] level, boolean lossMaking, int[] order) {
    int codes = 0;
    int first = 0;
    int excluded = 0;
    if (lossMaking) {
      codes = Reason.CONTRIBUTION_NEGATIVE.ordinal() + 1;
      first = 1;
      excluded = 1 << CONTRIBUTION;
    }
    // a unique key per factor: points first, then the earlier factor; the excluded come after all
    int[] key = order;
    for (int f = 0; f < key.length; f++) {
      key[f] = (factorMask & ~excluded & (1 << f)) != 0 ? points[f] * KEY_SPACE + (KEY_SPACE - 1 - f) : -1;
    }
    for (int place = first; place < MAX_REASONS; place++) {
      int best = -1;
      for (int g = 0; g < key.length; g++) {
        best = Math.max(best, key[g]);
      }
      if (best < 0) {
        break;
      }
      int f = KEY_SPACE - 1 - (best & (KEY_SPACE - 1));
      key[f] = -1;
      codes |= (reason(f, level[f], raw[f]) + 1) << (5 * place);
    }
    return codes;
  }

  /** The ordinal of a factor's reason. */
  static int reason(int f, double level, double raw) {
    if (raw < 0 && FACTORS[f].isAmount()) {
      return NEGATIVE_REASONS[f];
    }
    int band = level >= 2.0 / 3 ? 0 : level >= 1.0 / 3 ? 1 : 2;
    return BANDED_REASONS[f][band];
  }

  private void flags(
      CustomerAttributes attributes,
      LifecycleStage stage,
      double annualTurnover,
      int score,
      long annualContribution,
      ScoreState out) {
    for (CompiledVipRule rule : vipRules) {
      if (rule.matches(attributes, stage, score, annualContribution, annualTurnover)) {
        out.flag(rule.code(), vipRules.length);
      }
    }
  }

  private static void checkAttributes(CustomerAttributes attributes, ScoreState out) {
    if (attributes == null) {
      out.refuse(FieldError.required("attributes"));
    } else {
      Integer age = attributes.age();
      if (age != null && (age < 0 || age > 150)) {
        out.refuse(FieldError.outOfRange("attributes.age", "0 to 150"));
      }
    }
  }

  private int currencyIndex(Currency currency, String list, int i, ScoreState out) {
    if (currency == null) {
      out.refuse(FieldError.required(path(list, i, "currency")));
      return -1;
    }
    int index = indexOf(currency);
    if (index < 0) {
      out.refuse(
          new FieldError(
              "currency.not_in_model", path(list, i, "currency"), "is not a currency of the scoring model"));
    }
    return index;
  }

  int indexOf(Currency currency) {
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
}
