package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.score.ScoringError;
import java.util.Arrays;
import java.util.Objects;

/**
 * The results of scoring a {@link SnapshotColumns} block, one row per customer in the block's order,
 * as primitive columns: what {@link BlockScoring} writes and the public {@code ScoreBlock} reads. The
 * next block overwrites them. One thread at a time.
 */
public final class ScoreColumns {

  static final int FACTOR_COUNT = Factor.values().length;

  final int capacity;
  int size;
  /** The model of the last block; {@code null} before the first. */
  CompiledModel model;

  final CustomerId[] customerId;
  /** The refusal of a row, {@code null} when it was scored. */
  final ScoringError[] error;
  final int[] score;
  /** Index into the model's tiers; the tier count for the loss-making tier. */
  final int[] tier;
  /** {@link #flagWords} words per row: bit {@code r} set when VIP rule {@code r} matched. */
  long[] flags;
  int flagWords;

  final long[] depositInterest;
  final long[] lendingInterest;
  final long[] feeIncome;
  final long[] operatingCost;
  final long[] expectedCreditLoss;
  final long[] contribution;
  final long[] annualContribution;
  final long[] lifetimeValue;
  final byte[] recency;
  final byte[] frequency;
  final byte[] monetary;
  /** Whole points: factor {@code f} of row {@code r} at {@code f * capacity + r}. */
  final int[] points;
  /** Up to three reason ordinals plus one, 5 bits each, the first in the lowest bits. */
  final int[] reasons;

  /** Scratch: the contribution's parts before rounding (interest per interest kind), and which rows are refused. */
  final double[] interestSum;
  final double[] feeSum;
  final double[] costSum;
  final double[] expectedLoss;
  final double[] yearFraction;
  final double[] turnover;
  /** Scratch: the product and currency slots seen in a row's positions. */
  final long[] seen;
  final boolean[] refused;
  /** Scratch: where refused rows are scored alone, for their errors. */
  private ScoreState scratch;
  /** Scratch: the model currency index of each currency code of the block. */
  int[] modelCurrency = new int[4];

  /**
   * Empty results.
   *
   * @param capacity the most rows, at least 1
   */
  public ScoreColumns(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a block holds at least one row");
    }
    this.capacity = capacity;
    customerId = new CustomerId[capacity];
    error = new ScoringError[capacity];
    score = new int[capacity];
    tier = new int[capacity];
    flags = new long[capacity];
    flagWords = 1;
    depositInterest = new long[capacity];
    lendingInterest = new long[capacity];
    feeIncome = new long[capacity];
    operatingCost = new long[capacity];
    expectedCreditLoss = new long[capacity];
    contribution = new long[capacity];
    annualContribution = new long[capacity];
    lifetimeValue = new long[capacity];
    recency = new byte[capacity];
    frequency = new byte[capacity];
    monetary = new byte[capacity];
    points = new int[FACTOR_COUNT * capacity];
    reasons = new int[capacity];
    interestSum = new double[4 * capacity];
    feeSum = new double[capacity];
    costSum = new double[capacity];
    expectedLoss = new double[capacity];
    yearFraction = new double[capacity];
    turnover = new double[capacity];
    seen = new long[capacity];
    refused = new boolean[capacity];
  }

  /** @return the most rows */
  public int capacity() {
    return capacity;
  }

  /** @return the rows of the last block */
  public int size() {
    return size;
  }

  void begin(CompiledModel compiled, int rows, int ruleCount) {
    if (rows > capacity) {
      throw new IllegalArgumentException("the results hold fewer rows than the block");
    }
    model = compiled;
    Arrays.fill(error, 0, size, null);
    size = rows;
    int words = Math.max(1, (ruleCount + Long.SIZE - 1) / Long.SIZE);
    if (words != flagWords) {
      flags = new long[words * capacity];
      flagWords = words;
    }
  }

  /**
   * Copies a row into a state, as if its snapshot had been scored into it alone: the state then
   * equals what {@link CompiledModel#scoreInto} leaves. Allocates nothing for a scored row.
   *
   * @param row 0 to {@code size() - 1}
   * @param state the state to overwrite
   * @return whether the row was scored
   */
  public boolean copyInto(int row, ScoreState state) {
    row(row);
    CompiledModel m = model;
    state.begin(customerId[row], m.fingerprint());
    if (error[row] != null) {
      state.error = error[row];
      return false;
    }
    state.score = score[row];
    state.tier = tier(row);
    CompiledVipRule[] rules = m.vipRules;
    int base = row * flagWords;
    for (int w = 0; w < flagWords; w++) {
      for (long bits = flags[base + w]; bits != 0; bits &= bits - 1) {
        state.flag(rules[w * Long.SIZE + Long.numberOfTrailingZeros(bits)].code(), rules.length);
      }
    }
    state.depositInterest = depositInterest[row];
    state.lendingInterest = lendingInterest[row];
    state.feeIncome = feeIncome[row];
    state.operatingCost = operatingCost[row];
    state.expectedCreditLoss = expectedCreditLoss[row];
    state.contribution = contribution[row];
    state.annualContribution = annualContribution[row];
    state.lifetimeValue = lifetimeValue[row];
    state.recency = recency[row];
    state.frequency = frequency[row];
    state.monetary = monetary[row];
    state.factorMask = m.factorMask;
    m.rawValues(annualContribution[row], lifetimeValue[row], recency[row], frequency[row], monetary[row], state.raw);
    for (int f = 0; f < FACTOR_COUNT; f++) {
      state.points[f] = (m.factorMask & (1 << f)) != 0 ? points[f * capacity + row] : 0;
    }
    state.reasons = reasons[row];
    state.scored = true;
    return true;
  }

  /** @return the customer of a row */
  public CustomerId customerId(int row) {
    return customerId[row(row)];
  }

  /** @return the refusal of a row, {@code null} when it was scored */
  public ScoringError error(int row) {
    return error[row(row)];
  }

  /** @return the score of a row */
  public int score(int row) {
    return score[row(row)];
  }

  /** @return the tier name of a row */
  public String tier(int row) {
    return model.tierName(tier[row(row)]);
  }

  /**
   * Scores a block into these columns with a model.
   *
   * @param compiled the model
   * @param block the block
   * @return how many rows were scored (the others were refused)
   */
  public int score(CompiledModel compiled, SnapshotColumns block) {
    if (scratch == null) {
      scratch = new ScoreState();
    }
    return BlockScoring.score(compiled, block, this, scratch);
  }

  int row(int row) {
    return Objects.checkIndex(row, size);
  }
}
