package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.score.ScoringError;
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
  String tier;
  String[] flags = new String[2];
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
  /** Up to three reason ordinals plus one, 5 bits each, the first in the lowest bits. */
  int reasons;

  /**
   * Scratch: the first day (as a day order) of each recency band for {@link #asOf} under {@link
   * #recencyModel}, so a batch of one day works them out once.
   */
  java.time.LocalDate asOf;
  CompiledModel recencyModel;
  final long[] recencyFrom = new long[io.github.bankcrm.scoring.model.RfmModel.THRESHOLDS];

  /** Starts a score: forgets the previous one. */
  void begin(CustomerId customer, ModelFingerprint fingerprint) {
    customerId = customer;
    model = fingerprint;
    error = null;
    problems = null;
    scored = false;
    flagCount = 0;
  }

  void refuse(FieldError problem) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
  }

  void flag(String code, int capacity) {
    if (flags.length < capacity) {
      flags = java.util.Arrays.copyOf(flags, capacity);
    }
    flags[flagCount++] = code;
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
    return tier;
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
    return flags[java.util.Objects.checkIndex(i, flagCount)];
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
    return raw[f];
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
    return raw.clone();
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
      case 1 -> List.of(flags[0]);
      default -> List.of(java.util.Arrays.copyOf(flags, flagCount));
    };
  }
}
