package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.customer.Education;
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
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns.Part;
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
  private static final Channel[] CHANNELS = Channel.values();
  private static final int CONTRIBUTION = Factor.CONTRIBUTION.ordinal();
  private static final int LIFETIME_VALUE = Factor.LIFETIME_VALUE.ordinal();
  private static final int RECENCY = Factor.RECENCY.ordinal();
  private static final int FREQUENCY = Factor.FREQUENCY.ordinal();
  private static final int MONETARY = Factor.MONETARY.ordinal();
  /** What a position of a product and currency earns: nothing listed, deposit or lending interest, fees. */
  private static final byte NO_RATE = 0;
  private static final byte DEPOSIT_INTEREST = 1;
  private static final byte LENDING_INTEREST = 2;
  private static final byte OFF_BALANCE_SHEET = 3;
  /** Reason ordinals per factor ordinal × 3 + band, for levels high (0), medium (1) and low (2). */
  private static final int[] BANDED_REASONS = {
    Reason.CONTRIBUTION_HIGH.ordinal(), Reason.CONTRIBUTION_MEDIUM.ordinal(), Reason.CONTRIBUTION_LOW.ordinal(),
    Reason.LIFETIME_VALUE_HIGH.ordinal(), Reason.LIFETIME_VALUE_MEDIUM.ordinal(), Reason.LIFETIME_VALUE_LOW.ordinal(),
    Reason.RECENCY_HIGH.ordinal(), Reason.RECENCY_MEDIUM.ordinal(), Reason.RECENCY_LOW.ordinal(),
    Reason.FREQUENCY_HIGH.ordinal(), Reason.FREQUENCY_MEDIUM.ordinal(), Reason.FREQUENCY_LOW.ordinal(),
    Reason.MONETARY_HIGH.ordinal(), Reason.MONETARY_MEDIUM.ordinal(), Reason.MONETARY_LOW.ordinal()
  };
  private static final int FACTOR_COUNT = FACTORS.length;
  private static final boolean[] IS_AMOUNT = new boolean[FACTOR_COUNT];

  static {
    for (Factor factor : FACTORS) {
      IS_AMOUNT[factor.ordinal()] = factor.isAmount();
    }
  }
  /** Reason ordinals per factor ordinal for a negative amount (only the amount factors have one). */
  private static final int[] NEGATIVE_REASONS = {
    Reason.CONTRIBUTION_NEGATIVE.ordinal(), Reason.LIFETIME_VALUE_NEGATIVE.ordinal(), -1, -1, -1
  };

  private final ModelFingerprint fingerprint;
  private final Currency[] currencies;
  private final double[] toReportingMinor;
  private final double reportingMinorPerUnit;
  /** Per product ordinal × currency index: {@link #NO_RATE} or how the position earns. */
  private final byte[] interestKind;
  private final double[] fundsTransferPrice;
  /**
   * Per slot: 1 where the interest margin is deposit income, else 0; and 1 where its negation is
   * lending income. Multiplying by them instead of branching on the kind gives the same bits (× 1 is
   * exact, and a zero term leaves a sum unchanged) without a mispredicted branch per position.
   */
  private final double[] depositShare;
  private final double[] lendingShare;
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
  /** The ordinals of the model's factors, in {@code Factor} order. */
  private final int[] modelFactors;
  private final String[] tierNames;
  private final int[] tierMinScores;
  private final String lossMakingTier;
  private final CompiledVipRule[] vipRules;

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

    // in currency-code order: amounts in several currencies are added up in that order
    List<CurrencyRate> byCode =
        model.currencies().stream().sorted(java.util.Comparator.comparing(CurrencyRate::code)).toList();
    int currencyCount = byCode.size();
    currencies = new Currency[currencyCount];
    toReportingMinor = new double[currencyCount];
    BigDecimal[] unitToReportingMinor = new BigDecimal[currencyCount];
    for (int i = 0; i < currencyCount; i++) {
      CurrencyRate rate = byCode.get(i);
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
    depositShare = new double[PRODUCTS * currencyCount];
    lendingShare = new double[PRODUCTS * currencyCount];
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
      depositShare[slot] = interestKind[slot] == DEPOSIT_INTEREST ? 1 : 0;
      lendingShare[slot] = interestKind[slot] == LENDING_INTEREST ? 1 : 0;
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
   * How a layout of columns meets this model.
   *
   * @param columns columns of any currencies
   * @return per pair the model's rate slot and conversion, per fee cell the conversion
   */
  ColumnMapping mapping(SnapshotColumns columns) {
    int layoutCurrencies = columns.currencyCount();
    int[] modelCurrencyOf = new int[layoutCurrencies];
    for (int c = 0; c < layoutCurrencies; c++) {
      modelCurrencyOf[c] = indexOf(columns.currency(c));
    }
    int[] slotOf = new int[columns.pairCount()];
    double[] pairToReporting = new double[columns.pairCount()];
    for (int pair = 0; pair < slotOf.length; pair++) {
      int model = modelCurrencyOf[pair % layoutCurrencies];
      slotOf[pair] = model < 0 ? -1 : pair / layoutCurrencies * currencies.length + model;
      pairToReporting[pair] = model < 0 ? 0 : toReportingMinor[model];
    }
    return new ColumnMapping(slotOf, pairToReporting, modelCurrencyOf, columns.feeCellCount());
  }

  /**
   * The fingerprint of the compiled model.
   *
   * @return the fingerprint every score carries
   */
  public ModelFingerprint fingerprint() {
    return fingerprint;
  }

  /** The tier index of a loss-making customer. */
  static final int LOSS_MAKING_TIER = -1;

  private int tierIndexOf(int score, boolean lossMaking) {
    if (lossMaking) {
      return LOSS_MAKING_TIER;
    }
    int index = 0;
    // validation makes the last tier start at 0: count the tiers whose minimum the score misses
    for (int i = 0; i < tierMinScores.length - 1; i++) {
      index += score < tierMinScores[i] ? 1 : 0;
    }
    return index;
  }

  String tierName(int index) {
    return index == LOSS_MAKING_TIER ? lossMakingTier : tierNames[index];
  }

  String vipRuleCode(int rule) {
    return vipRules[rule].code();
  }

  /** A factor's raw value from what a state holds: amounts turned from minor into reporting units. */
  double rawValue(int f, double held) {
    return IS_AMOUNT[f] ? held / reportingMinorPerUnit : held;
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
    return tierName(tierIndexOf(score, lossMaking));
  }


  /**
   * Scores one snapshot into a state, allocating nothing when the snapshot is valid.
   *
   * <p>The snapshot is checked field by field with its list paths ({@code positions[1].currency});
   * its amounts are then added up in key order (positions by product type and currency code, fees per
   * currency, uses per channel) by the same code as {@link #scoreInto(SnapshotColumns, int,
   * ScoreState)}, so the order of its lists does not change its score.
   *
   * @param snapshot the customer's snapshot
   * @param out receives the score, or every refused field of the snapshot
   * @return whether the snapshot was scored
   */
  public boolean scoreInto(CustomerSnapshot snapshot, ScoreState out) {
    out.begin(snapshot.customerId(), fingerprint);
    out.startSums(currencies.length);
    long[] uses = out.channelUses;
    for (int channel = 0; channel < uses.length; channel++) {
      uses[channel] = 0;
    }
    LocalDate asOf = snapshot.asOf();
    int periodDays = snapshot.periodDays();
    LifecycleStage stage = snapshot.stage();
    checkPeriod(asOf == null, periodDays, stage == null, out);
    CustomerAttributes attributes = snapshot.attributes();
    if (attributes == null) {
      out.refuse(FieldError.required("attributes"));
    } else {
      checkAge(attributes.age() == null ? SnapshotColumns.UNKNOWN_AGE : attributes.age(), out);
    }
    List<Position> positions = snapshot.positions();
    if (positions == null) {
      out.refuse(FieldError.required("positions"));
    } else {
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
        if (interestKind[slot] == NO_RATE) {
          out.refuse(productNotInModel(path("positions", i, "product")));
          continue;
        }
        if (!out.holdPosition(slot, i)) {
          out.refuse(new FieldError("duplicate", path("positions", i, ""), "repeats a product type and currency"));
        }
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
        } else if (currency >= 0 && !out.addFee(currency, amount)) {
          out.refuse(SnapshotColumns.feesTooLarge(path("fees", i, "amount")));
        }
      }
    }
    List<ChannelUse> channelUses = snapshot.channelUses();
    if (channelUses == null) {
      out.refuse(FieldError.required("channelUses"));
    } else {
      for (int i = 0, n = channelUses.size(); i < n; i++) {
        ChannelUse use = channelUses.get(i);
        Channel channel = use.channel();
        int count = use.count();
        if (channel == null) {
          out.refuse(FieldError.required(path("channelUses", i, "channel")));
        } else if (count < 0) {
          out.refuse(negative(path("channelUses", i, "count")));
        } else {
          uses[channel.ordinal()] += count;
        }
      }
    }
    CreditRisk credit = snapshot.credit();
    if (credit == null) {
      out.refuse(FieldError.required("credit"));
    } else {
      checkCredit(credit.probabilityOfDefault(), credit.lossGivenDefault(), credit.exposureAtDefault(), out);
    }
    TransactionSummary transactions = snapshot.transactions();
    long lastActivityKey = SnapshotColumns.NO_DAY;
    if (transactions == null) {
      out.refuse(FieldError.required("transactions"));
    } else {
      LocalDate lastActivity = transactions.lastActivity();
      lastActivityKey = lastActivity == null ? SnapshotColumns.NO_DAY : dayOrder(lastActivity);
      checkTransactions(
          transactions.count(),
          transactions.amount(),
          lastActivityKey,
          asOf == null ? SnapshotColumns.NO_DAY : dayOrder(asOf),
          out);
    }
    if (out.problems != null) {
      out.error = new ScoringError.InvalidSnapshot(snapshot.customerId(), out.problems);
      out.problems = null;
      return false;
    }
    double yearFraction = periodDays / 365.0;
    // the positions in slot order: product type, then currency code
    int[] slots = out.positionSlots;
    int[] items = out.positionItems;
    for (int held = out.positionCount, k = 1; k < held; k++) {
      for (int j = k; j > 0 && slots[j - 1] > slots[j]; j--) {
        int slot = slots[j];
        slots[j] = slots[j - 1];
        slots[j - 1] = slot;
        int item = items[j];
        items[j] = items[j - 1];
        items[j - 1] = item;
      }
    }
    for (int k = 0; k < out.positionCount; k++) {
      Position position = positions.get(items[k]);
      int slot = slots[k];
      addPosition(slot, position.averageBalance(), toReportingMinor[slot % currencies.length], position.customerRate(), yearFraction, out);
    }
    finish(
        periodDays,
        stage.ordinal(),
        credit.probabilityOfDefault(),
        credit.lossGivenDefault(),
        credit.exposureAtDefault(),
        out.recencyFromDayOrder(asOf, recencyDays),
        lastActivityKey,
        transactions.count(),
        transactions.amount(),
        attributes.individualBusinessOwner(),
        attributes.age() == null ? SnapshotColumns.UNKNOWN_AGE : attributes.age(),
        attributes.incomeTrend() == null ? -1 : attributes.incomeTrend().ordinal(),
        attributes.education() == null ? -1 : attributes.education().ordinal(),
        out);
    return true;
  }

  /**
   * Scores one row of columns into a state, allocating nothing when the row is valid (after the
   * state's first score of these columns with this model). The same checks as {@link
   * #scoreInto(CustomerSnapshot, ScoreState)}, reported with the row's keys as paths ({@code
   * positions[DEPOSIT/CNY].averageBalance}); the same arithmetic, so the row of a converted snapshot
   * scores exactly as the snapshot.
   *
   * @param columns the columns
   * @param row a row of them
   * @param out receives the score, or every refused field of the row
   * @return whether the row was scored
   */
  public boolean scoreInto(SnapshotColumns columns, int row, ScoreState out) {
    out.begin(columns.customerId(row), fingerprint);
    ColumnMapping mapping = out.mapping(columns, this);
    if (score(columns, row, mapping, out)) {
      return true;
    }
    refuseRow(columns, row, mapping, out);
    if (out.problems == null) {
      throw new IllegalStateException("a row failed the scoring checks but no field was refused");
    }
    out.error = new ScoringError.InvalidSnapshot(columns.customerId(row), out.problems);
    out.problems = null;
    return false;
  }

  /** The slow path of a refused row: every refused field with its path. */
  private void refuseRow(SnapshotColumns columns, int row, ColumnMapping mapping, ScoreState out) {
    out.startSums(currencies.length);
    long asOfDay = columns.asOfEpochDay(row);
    checkPeriod(asOfDay == SnapshotColumns.NO_DAY, columns.periodDays(row), columns.stage(row) == null, out);
    if (columns.isMissing(row, Part.ATTRIBUTES)) {
      out.refuse(FieldError.required(Part.ATTRIBUTES.path()));
    } else {
      checkAge(columns.age(row), out);
    }
    if (columns.isMissing(row, Part.POSITIONS)) {
      out.refuse(FieldError.required(Part.POSITIONS.path()));
    } else {
      for (int pair = columns.nextHeldPair(row, 0); pair >= 0; pair = columns.nextHeldPair(row, pair + 1)) {
        String item = key(columns, "positions", pair, columns.productOf(pair));
        int slot = mapping.slotOf[pair];
        if (slot < 0) {
          out.refuse(currencyNotInModel(item + ".currency"));
        } else if (interestKind[slot] == NO_RATE) {
          out.refuse(productNotInModel(item + ".product"));
        }
        if (columns.averageBalance(row, pair) < 0) {
          out.refuse(negative(item + ".averageBalance"));
        }
        double rate = columns.customerRate(row, pair);
        if (!(rate >= -1 && rate <= 1)) {
          out.refuse(FieldError.outOfRange(item + ".customerRate", "-1 to 1"));
        }
      }
    }
    if (columns.isMissing(row, Part.FEES)) {
      out.refuse(FieldError.required(Part.FEES.path()));
    } else {
      for (int cell = columns.nextFeeCell(row, 0); cell >= 0; cell = columns.nextFeeCell(row, cell + 1)) {
        String item = key(columns, "fees", cell, columns.feeTypeOf(cell));
        if (mapping.cellCurrency[cell] < 0) {
          out.refuse(currencyNotInModel(item + ".currency"));
        }
        long amount = columns.feeAmount(row, cell);
        int currency = mapping.cellCurrency[cell];
        if (amount < 0) {
          out.refuse(negative(item + ".amount"));
        } else if (currency >= 0 && !out.addFee(currency, amount)) {
          out.refuse(SnapshotColumns.feesTooLarge(item + ".amount"));
        }
      }
    }
    if (columns.isMissing(row, Part.CHANNEL_USES)) {
      out.refuse(FieldError.required(Part.CHANNEL_USES.path()));
    } else {
      for (Channel channel : CHANNELS) {
        if (columns.channelUses(row, channel) < 0) {
          out.refuse(negative(Part.CHANNEL_USES.path() + "[" + channel + "].count"));
        }
      }
    }
    if (columns.isMissing(row, Part.CREDIT)) {
      out.refuse(FieldError.required(Part.CREDIT.path()));
    } else {
      checkCredit(
          columns.probabilityOfDefault(row), columns.lossGivenDefault(row), columns.exposureAtDefault(row), out);
    }
    if (columns.isMissing(row, Part.TRANSACTIONS)) {
      out.refuse(FieldError.required(Part.TRANSACTIONS.path()));
    } else {
      checkTransactions(
          columns.transactionCount(row),
          columns.transactionAmount(row),
          columns.lastActivityEpochDay(row),
          asOfDay,
          out);
    }
  }

  /**
   * The fast path of a row: its sums, then {@link #finish}; {@code false}, with nothing written but
   * scratch, when any field of the row would be refused (the checks of {@link #refuseRow}, folded into
   * one flag so that a valid row builds no path). Positions come in pair order, which is slot order:
   * product type, then currency code.
   */
  private boolean score(SnapshotColumns in, int row, ColumnMapping mapping, ScoreState out) {
    int periodDays = in.periodDays(row);
    LifecycleStage stage = in.stage(row);
    long asOfDay = in.asOfEpochDay(row);
    int age = in.age(row);
    boolean refused =
        !in.isComplete(row)
            | asOfDay == SnapshotColumns.NO_DAY
            | periodDays < 1
            | periodDays > 366
            | stage == null
            | (age != SnapshotColumns.UNKNOWN_AGE & (age < 0 | age > 150));
    out.startSums(currencies.length);
    double yearFraction = periodDays / 365.0;
    for (int word = 0, words = in.pairWordCount(); word < words; word++) {
      for (long held = in.heldPairWord(row, word); held != 0; held &= held - 1) {
        int pair = word * Long.SIZE + Long.numberOfTrailingZeros(held);
        int slot = mapping.slotOf[pair];
        long averageBalance = in.averageBalance(row, pair);
        double rate = in.customerRate(row, pair);
        if (slot < 0) {
          refused = true;
          continue;
        }
        refused |= interestKind[slot] == NO_RATE | averageBalance < 0 | !(rate >= -1 & rate <= 1);
        addPosition(slot, averageBalance, mapping.pairToReporting[pair], rate, yearFraction, out);
      }
    }
    for (int word = 0, words = in.feeCellWordCount(); word < words; word++) {
      for (long earned = in.feeCellWord(row, word); earned != 0; earned &= earned - 1) {
        int cell = word * Long.SIZE + Long.numberOfTrailingZeros(earned);
        int currency = mapping.cellCurrency[cell];
        long amount = in.feeAmount(row, cell);
        refused |= currency < 0 || amount < 0 || !out.addFee(currency, amount);
      }
    }
    long[] uses = out.channelUses;
    for (Channel channel : CHANNELS) {
      long count = in.channelUses(row, channel);
      refused |= count < 0;
      uses[channel.ordinal()] = count;
    }
    double pd = in.probabilityOfDefault(row);
    double lgd = in.lossGivenDefault(row);
    long ead = in.exposureAtDefault(row);
    int transactionCount = in.transactionCount(row);
    long transactionAmount = in.transactionAmount(row);
    long lastActivityDay = in.lastActivityEpochDay(row);
    refused |=
        !(pd >= 0 & pd <= 1)
            | !(lgd >= 0 & lgd <= 1)
            | ead < 0
            | transactionCount < 0
            | transactionAmount < 0
            | (lastActivityDay != SnapshotColumns.NO_DAY & lastActivityDay > asOfDay);
    if (refused) {
      return false;
    }
    IncomeTrend trend = in.incomeTrend(row);
    Education education = in.education(row);
    finish(
        periodDays,
        stage.ordinal(),
        pd,
        lgd,
        ead,
        out.recencyFromEpochDay(asOfDay, recencyDays),
        lastActivityDay,
        transactionCount,
        transactionAmount,
        in.individualBusinessOwner(row),
        age,
        trend == null ? -1 : trend.ordinal(),
        education == null ? -1 : education.ordinal(),
        out);
    return true;
  }

  /**
   * Adds one position to the state's running sums: the interest margin to deposit or lending income
   * and the servicing cost. Positions must come in slot order: the sums are of doubles.
   */
  private void addPosition(
      int slot, long averageBalance, double toReporting, double rate, double yearFraction, ScoreState out) {
    double balance = averageBalance * toReporting;
    // a deposit earns FTP - rate, a loan or card rate - FTP (the same margin negated, to the bit);
    // OFF_BALANCE_SHEET positions (wealth, insurance) earn fees, not interest. Multiplying by the
    // shares instead of branching on the kind gives the same sums (× 1 is exact, a zero term changes
    // nothing) without a mispredicted branch per position.
    double margin = balance * (fundsTransferPrice[slot] - rate) * yearFraction;
    out.depositSum += margin * depositShare[slot];
    out.lendingSum -= margin * lendingShare[slot];
    out.costSum += servicingMinorPerYear[slot] * yearFraction;
  }

  /**
   * The rest of a checked customer's score, shared by both inputs: fees per currency in currency-code
   * order, channel costs in {@code Channel} order, expected loss, the rounded parts, annual
   * contribution, lifetime value, RFM, factor points, reasons, tier and flags.
   */
  private void finish(
      int periodDays,
      int stage,
      double pd,
      double lgd,
      long ead,
      long[] bandFrom,
      long lastActivityDay,
      int transactionCount,
      long transactionAmount,
      boolean businessOwner,
      int age,
      int incomeTrend,
      int education,
      ScoreState out) {
    double yearFraction = periodDays / 365.0;
    double feeIncome = 0;
    long[] feeSums = out.feeSums;
    boolean[] feeHeld = out.feeHeld;
    for (int c = 0; c < currencies.length; c++) {
      if (feeHeld[c]) {
        feeIncome += feeSums[c] * toReportingMinor[c];
      }
    }
    double operatingCost = out.costSum;
    long[] uses = out.channelUses;
    for (int channel = 0; channel < uses.length; channel++) {
      // a channel not used adds +0.0, which leaves the (non-negative) cost unchanged
      operatingCost += uses[channel] * channelCostMinor[channel];
    }
    double expectedLoss = pd * lgd * ead * yearFraction;

    long deposit = Math.round(out.depositSum);
    long lending = Math.round(out.lendingSum);
    long fee = Math.round(feeIncome);
    long cost = Math.round(operatingCost);
    long loss = Math.round(expectedLoss);
    long total = deposit + lending + fee - cost - loss;
    long annual = Math.round(total * 365.0 / periodDays);
    long lifetimeValue = Math.round(annual * lifetimeMultiplier[stage]);
    out.depositInterest = deposit;
    out.lendingInterest = lending;
    out.feeIncome = fee;
    out.operatingCost = cost;
    out.expectedCreditLoss = loss;
    out.contribution = total;
    out.annualContribution = annual;
    out.lifetimeValue = lifetimeValue;
    rfm(lastActivityDay, bandFrom, transactionCount, transactionAmount, out);
    explain(total < 0, annual, lifetimeValue, out);
    double annualTurnover = transactionAmount * 365.0 / periodDays;
    for (int r = 0; r < vipRules.length; r++) {
      if (vipRules[r].matches(
          businessOwner, age, incomeTrend, education, stage, out.score, annual, annualTurnover)) {
        out.flag(r, vipRules.length);
      }
    }
    out.scored = true;
  }

  /** Factor levels and points, the score, the reasons and the tier. */
  private void explain(boolean lossMaking, long annual, long lifetimeValue, ScoreState out) {
    double[] raw = out.raw;
    // amounts in minor units: ScoreState.raw turns them into reporting units when read
    raw[CONTRIBUTION] = annual;
    raw[LIFETIME_VALUE] = lifetimeValue;
    raw[RECENCY] = out.recency;
    raw[FREQUENCY] = out.frequency;
    raw[MONETARY] = out.monetary;
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
    out.reasons = reasons(out, lossMaking);
    out.tierIndex = tierIndexOf(score, lossMaking);
    if (out.scoredBy != this) {
      out.scoredBy = this;
    }
  }

  private double amountLevel(int f, long amountMinor) {
    if (!inModel[f] || amountMinor <= 0) {
      return 0;
    }
    double level = amountMinor / fullAtMinor[f];
    return level > 1 ? 1 : level;
  }

  /**
   * RFM scores. Recency compares a day key of the last activity with the first key of each band
   * (any key that orders days as the calendar does: epoch days for columns, {@link #dayOrder} for a
   * snapshot, whose {@code LocalDate} it reads without epoch-day arithmetic).
   */
  private void rfm(long lastActivityKey, long[] bandFrom, int count, long amount, ScoreState out) {
    int recency = 1;
    if (lastActivityKey != SnapshotColumns.NO_DAY) {
      for (int i = 0; i < recencyDays.length; i++) {
        if (lastActivityKey >= bandFrom[i]) {
          recency = 5 - i;
          break;
        }
      }
    }
    int frequencyScore = 1;
    for (int i = 0; i < frequency.length; i++) {
      if (count >= frequency[i]) {
        frequencyScore = 5 - i;
        break;
      }
    }
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

  /**
   * The reasons as {@code ordinal + 1} in 5-bit slots, the first in the lowest bits: a negative
   * contribution first, then the factors by points, descending, ties in factor order. Each factor's
   * place is the number of factors with a larger unique key (points first, then the earlier factor),
   * counted pairwise without a branch per comparison.
   */
  private int reasons(ScoreState out, boolean lossMaking) {
    int[] points = out.points;
    double[] raw = out.raw;
    double[] level = out.level;
    int codes = 0;
    int first = 0;
    int excluded = 0;
    if (lossMaking) {
      codes = Reason.CONTRIBUTION_NEGATIVE.ordinal() + 1;
      first = 1;
      excluded = 1 << CONTRIBUTION;
    }
    // a unique key per factor: points first, then the earlier factor; the excluded come after all
    int[] key = out.order;
    for (int f = 0; f < FACTOR_COUNT; f++) {
      key[f] = (factorMask & ~excluded & (1 << f)) != 0 ? points[f] * KEY_SPACE + (KEY_SPACE - 1 - f) : -1;
    }
    for (int place = first; place < MAX_REASONS; place++) {
      int best = -1;
      for (int g = 0; g < FACTOR_COUNT; g++) {
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
  private static int reason(int f, double level, double raw) {
    if (raw < 0 && IS_AMOUNT[f]) {
      return NEGATIVE_REASONS[f];
    }
    int band = 2 - (level >= 1.0 / 3 ? 1 : 0) - (level >= 2.0 / 3 ? 1 : 0);
    return BANDED_REASONS[f * 3 + band];
  }

  private static void checkPeriod(boolean noAsOf, int periodDays, boolean noStage, ScoreState out) {
    if (noAsOf) {
      out.refuse(FieldError.required("asOf"));
    }
    if (periodDays < 1 || periodDays > 366) {
      out.refuse(FieldError.outOfRange("periodDays", "1 to 366"));
    }
    if (noStage) {
      out.refuse(FieldError.required("stage"));
    }
  }

  private static void checkAge(int age, ScoreState out) {
    if (age != SnapshotColumns.UNKNOWN_AGE && (age < 0 || age > 150)) {
      out.refuse(FieldError.outOfRange("attributes.age", "0 to 150"));
    }
  }

  private static void checkCredit(double pd, double lgd, long ead, ScoreState out) {
    if (!(pd >= 0 && pd <= 1)) {
      out.refuse(FieldError.outOfRange("credit.probabilityOfDefault", "0 to 1"));
    }
    if (!(lgd >= 0 && lgd <= 1)) {
      out.refuse(FieldError.outOfRange("credit.lossGivenDefault", "0 to 1"));
    }
    if (ead < 0) {
      out.refuse(negative("credit.exposureAtDefault"));
    }
  }

  /** The transaction checks; the two days as keys that order days as the calendar does. */
  private static void checkTransactions(int count, long amount, long lastActivityDay, long asOfDay, ScoreState out) {
    if (count < 0) {
      out.refuse(negative("transactions.count"));
    }
    if (amount < 0) {
      out.refuse(negative("transactions.amount"));
    }
    if (lastActivityDay != SnapshotColumns.NO_DAY && asOfDay != SnapshotColumns.NO_DAY && lastActivityDay > asOfDay) {
      out.refuse(
          new FieldError("date.after_as_of", "transactions.lastActivity", "must not be after the snapshot's day"));
    }
  }

  private int currencyIndex(Currency currency, String list, int i, ScoreState out) {
    if (currency == null) {
      out.refuse(FieldError.required(path(list, i, "currency")));
      return -1;
    }
    int index = indexOf(currency);
    if (index < 0) {
      out.refuse(currencyNotInModel(path(list, i, "currency")));
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

  /** A number that orders days as the calendar does, without the epoch-day arithmetic. */
  static long dayOrder(LocalDate day) {
    return day.getYear() * 512L + day.getMonthValue() * 32 + day.getDayOfMonth();
  }

  private static FieldError currencyNotInModel(String path) {
    return new FieldError("currency.not_in_model", path, "is not a currency of the scoring model");
  }

  private static FieldError productNotInModel(String path) {
    return new FieldError("product.not_in_model", path, "has no rates for this currency in the scoring model");
  }

  /** The path of a pair or fee cell of columns: {@code positions[DEPOSIT/CNY]}. */
  private static String key(SnapshotColumns columns, String list, int pairOrCell, Enum<?> kind) {
    return list + "[" + kind + "/" + columns.currency(columns.currencyIndexOf(pairOrCell)).getCurrencyCode() + "]";
  }

  private static FieldError negative(String path) {
    return new FieldError("amount.negative", path, "must not be negative");
  }

  private static String path(String list, int index, String field) {
    return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
  }
}
