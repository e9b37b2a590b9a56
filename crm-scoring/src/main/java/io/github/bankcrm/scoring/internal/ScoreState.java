package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * The working memory and result of one score, in primitive fields and arrays that the next score
 * overwrites: what {@link CompiledModel#scoreInto} writes and the public {@code ScoreSlot} reads. One
 * thread at a time; a valid snapshot is scored without allocating.
 */
public final class ScoreState {

  static final int FACTOR_COUNT = Factor.values().length;

  CustomerId customerId;
  ModelFingerprint model;
  /** The refusal of the last snapshot, {@code null} when it was scored. */
  ScoringError error;
  /** The refused fields while a snapshot is being checked; {@code null} until the first. */
  List<FieldError> problems;
  boolean scored;

  int score;
  /**
   * The model of the last score, which names its tier and flags. Scores store indexes, not names, and
   * this reference only when it changes: every reference store into a long-lived state costs a G1
   * write barrier with a fence.
   */
  CompiledModel scoredBy;
  /** The tier's index in the model, {@link CompiledModel#LOSS_MAKING_TIER} for the loss-making tier. */
  int tierIndex;
  /** The indexes of the matched gold / VIP rules, in model order. */
  int[] flagRules = new int[2];
  int flagCount;

  long depositInterest;
  long lendingInterest;
  long feeIncome;
  long operatingCost;
  long expectedCreditLoss;
  long contribution;
  long annualContribution;
  long lifetimeValue;
  int recency;
  int frequency;
  int monetary;

  int factorMask;
  final double[] raw = new double[FACTOR_COUNT];
  final int[] points = new int[FACTOR_COUNT];
  /** Scratch: each factor's level in [0, 1] and its exact (fractional) points. */
  final double[] level = new double[FACTOR_COUNT];
  final double[] exact = new double[FACTOR_COUNT];
  /** Scratch: each factor's ordering key for the reasons. */
  final int[] order = new int[FACTOR_COUNT];
  /** Scratch: each factor's place among the reasons, or among the fractional parts of its points. */
  final int[] place = new int[FACTOR_COUNT];
  /** Up to three reason ordinals plus one, 5 bits each, the first in the lowest bits. */
  int reasons;

  /** The mapping of {@link #mappedColumns} to {@link #mappedModel}: the last columns scored. */
  private SnapshotColumns mappedColumns;
  private CompiledModel mappedModel;
  private ColumnMapping mapping;

  /** Running sums of a score, in reporting minor units: interest margins and servicing cost. */
  double depositSum;
  double lendingSum;
  double costSum;
  /** Fee income per model currency, in its minor units, and which currencies have any. */
  long[] feeSums = new long[4];
  boolean[] feeHeld = new boolean[4];
  /** The currencies {@link #feeHeld} marks, to be cleared by the next {@link #startSums}. */
  private int[] feeTouched = new int[4];
  private int feeTouchedCount;
  /** Uses per channel ordinal. */
  final long[] channelUses = new long[io.github.bankcrm.scoring.snapshot.Channel.values().length];
  /** A snapshot's valid positions: their slots and list indexes, in list order until sorted. */
  int[] positionSlots = new int[8];
  int[] positionItems = new int[8];
  int positionCount;
  /**
   * The first day key of each recency band for {@link #bandsFor}, worked out once for a run of scores
   * of one day: as day orders for a snapshot's {@code LocalDate}, as epoch days for columns.
   */
  private final long[] bandFrom = new long[io.github.bankcrm.scoring.model.RfmModel.THRESHOLDS];
  private Object bandsFor;
  private int[] bandsOf;

  /** Starts a score: forgets the previous one. */
  void begin(CustomerId customer, ModelFingerprint fingerprint) {
    customerId = customer;
    if (model != fingerprint) {
      model = fingerprint;
    }
    if (error != null) {
      error = null;
    }
    problems = null;
    scored = false;
    flagCount = 0;
  }

  /** Starts the running sums of a score for a model of {@code currencies} currencies. */
  void startSums(int currencies) {
    depositSum = 0;
    lendingSum = 0;
    costSum = 0;
    if (feeSums.length < currencies) {
      feeSums = new long[currencies];
      feeHeld = new boolean[currencies];
      feeTouched = new int[currencies];
    }
    for (int k = 0; k < feeTouchedCount; k++) {
      feeSums[feeTouched[k]] = 0;
      feeHeld[feeTouched[k]] = false;
    }
    feeTouchedCount = 0;
    positionCount = 0;
  }

  /**
   * Adds fee income in a currency.
   *
   * @return {@code false} when the currency's sum passes {@code Long.MAX_VALUE} (it is then refused,
   *     and later fees of the currency are not added)
   */
  boolean addFee(int currency, long amount) {
    long sum = feeSums[currency];
    if (sum < 0) {
      return true;
    }
    if (!feeHeld[currency]) {
      feeHeld[currency] = true;
      feeTouched[feeTouchedCount++] = currency;
    }
    if (Long.MAX_VALUE - sum < amount) {
      feeSums[currency] = -1;
      return false;
    }
    feeSums[currency] = sum + amount;
    return true;
  }

  /**
   * Records a snapshot's valid position.
   *
   * @return {@code false} when the slot was already held (a duplicate, not recorded)
   */
  boolean holdPosition(int slot, int item) {
    for (int k = 0; k < positionCount; k++) {
      if (positionSlots[k] == slot) {
        return false;
      }
    }
    if (positionCount == positionSlots.length) {
      positionSlots = java.util.Arrays.copyOf(positionSlots, 2 * positionCount);
      positionItems = java.util.Arrays.copyOf(positionItems, 2 * positionCount);
    }
    positionSlots[positionCount] = slot;
    positionItems[positionCount++] = item;
    return true;
  }

  /** The first day order of each recency band ending on {@code asOf}. */
  long[] recencyFromDayOrder(java.time.LocalDate asOf, int[] recencyDays) {
    if (asOf != bandsFor || recencyDays != bandsOf) {
      long first = java.time.LocalDate.MIN.toEpochDay();
      for (int i = 0; i < recencyDays.length; i++) {
        long from = asOf.toEpochDay() - recencyDays[i];
        bandFrom[i] =
            from < first ? Long.MIN_VALUE : CompiledModel.dayOrder(java.time.LocalDate.ofEpochDay(from));
      }
      bandsFor = asOf;
      bandsOf = recencyDays;
    }
    return bandFrom;
  }

  /** The first epoch day of each recency band ending on epoch day {@code asOfDay}. */
  long[] recencyFromEpochDay(long asOfDay, int[] recencyDays) {
    if (bandsFor != null || bandFrom[0] != asOfDay - recencyDays[0] || recencyDays != bandsOf) {
      for (int i = 0; i < recencyDays.length; i++) {
        bandFrom[i] = asOfDay - recencyDays[i];
      }
      bandsFor = null;
      bandsOf = recencyDays;
    }
    return bandFrom;
  }

  /** How columns meet a model: worked out once per columns and model in a row. */
  ColumnMapping mapping(SnapshotColumns columns, CompiledModel model) {
    if (columns != mappedColumns || model != mappedModel) {
      mapping = model.mapping(columns);
      mappedColumns = columns;
      mappedModel = model;
    }
    return mapping;
  }

  void refuse(FieldError problem) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
  }

  void flag(int rule, int capacity) {
    if (flagRules.length < capacity) {
      flagRules = java.util.Arrays.copyOf(flagRules, capacity);
    }
    flagRules[flagCount++] = rule;
  }

  /**
   * The customer of the last score.
   *
   * @return the customer ID
   */
  public CustomerId customerId() {
    return customerId;
  }

  /**
   * The fingerprint of the model of the last score.
   *
   * @return the fingerprint
   */
  public ModelFingerprint model() {
    return model;
  }

  /**
   * Whether the last snapshot was scored.
   *
   * @return {@code false} when it was refused or nothing was scored yet
   */
  public boolean scored() {
    return scored;
  }

  /**
   * Why the last snapshot was refused.
   *
   * @return the error; {@code null} when it was scored
   */
  public ScoringError error() {
    return error;
  }

  /** @return the composite score */
  public int score() {
    return score;
  }

  /** @return the tier's name */
  public String tier() {
    return scoredBy.tierName(tierIndex);
  }

  /** @return how many gold / VIP rules matched */
  public int flagCount() {
    return flagCount;
  }

  /**
   * A matched rule's code.
   *
   * @param i 0 to {@code flagCount() - 1}
   * @return the code
   */
  public String flag(int i) {
    return scoredBy.vipRuleCode(flagRules[java.util.Objects.checkIndex(i, flagCount)]);
  }

  /** @return deposit net interest income, reporting minor units */
  public long depositInterest() {
    return depositInterest;
  }

  /** @return lending net interest income, reporting minor units */
  public long lendingInterest() {
    return lendingInterest;
  }

  /** @return fee income, reporting minor units */
  public long feeIncome() {
    return feeIncome;
  }

  /** @return operating cost, reporting minor units */
  public long operatingCost() {
    return operatingCost;
  }

  /** @return expected credit loss, reporting minor units */
  public long expectedCreditLoss() {
    return expectedCreditLoss;
  }

  /** @return the contribution's total over the period, reporting minor units */
  public long contribution() {
    return contribution;
  }

  /** @return the annualised contribution, reporting minor units */
  public long annualContribution() {
    return annualContribution;
  }

  /** @return the lifetime value, reporting minor units */
  public long lifetimeValue() {
    return lifetimeValue;
  }

  /** @return the recency score, 1 to 5 */
  public int recency() {
    return recency;
  }

  /** @return the frequency score, 1 to 5 */
  public int frequency() {
    return frequency;
  }

  /** @return the monetary score, 1 to 5 */
  public int monetary() {
    return monetary;
  }

  /** @return bit {@code f} set for each factor ordinal in the model */
  public int factorMask() {
    return factorMask;
  }

  /**
   * A factor's raw value.
   *
   * @param f the factor's ordinal
   * @return the raw value
   */
  public double raw(int f) {
    // amounts are kept in minor units and turned into reporting units when read
    return scoredBy.rawValue(f, raw[f]);
  }

  /**
   * A factor's whole points.
   *
   * @param f the factor's ordinal
   * @return the points
   */
  public int points(int f) {
    return points[f];
  }

  /**
   * Copies of the raw values and points per factor ordinal, for an explanation that outlives this state.
   *
   * @return the raw values
   */
  public double[] copyOfRaw() {
    double[] copy = new double[FACTOR_COUNT];
    for (int f = 0; f < FACTOR_COUNT; f++) {
      copy[f] = raw(f);
    }
    return copy;
  }

  /** @return a copy of the points per factor ordinal */
  public int[] copyOfPoints() {
    return points.clone();
  }

  /** @return the reason codes: ordinal plus one per 5-bit slot, the first in the lowest bits */
  public int reasons() {
    return reasons;
  }

  /**
   * The matched flags as an immutable list.
   *
   * @return the rule codes in model order
   */
  public List<String> flagList() {
    return switch (flagCount) {
      case 0 -> List.of();
      case 1 -> List.of(flag(0));
      default -> {
        String[] codes = new String[flagCount];
        for (int i = 0; i < flagCount; i++) {
          codes[i] = flag(i);
        }
        yield List.of(codes);
      }
    };
  }
}
