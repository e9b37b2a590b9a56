package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.internal.ScoreState;
import io.github.bankcrm.scoring.model.Factor;
import io.vavr.control.Either;
import java.util.List;

/**
 * A reusable holder of one customer's score, for callers that score many customers on one thread and
 * cannot afford an object per score (a routing engine, a batch worker): {@link
 * ValueScorer#scoreInto(io.github.bankcrm.scoring.snapshot.CustomerSnapshot, ScoreSlot)} overwrites
 * it with everything a {@link ValueScore} holds — score, tier, flags, contribution by part, RFM,
 * lifetime value, each factor's raw value, points and share, the reasons, the model fingerprint — or
 * with the snapshot's {@link ScoringError}. Scoring a valid snapshot into a slot allocates nothing.
 *
 * <p>The slot always holds the last result only: read it (or keep {@link #toValueScore()}) before the
 * next {@code scoreInto}. Not thread-safe: one slot per thread. A slot may be used with several
 * scorers; {@link #model()} tells which model made its content.
 *
 * <pre>{@code
 * ScoreSlot slot = new ScoreSlot();
 * for (CustomerSnapshot snapshot : snapshots) {
 *   if (scorer.scoreInto(snapshot, slot)) {
 *     route(slot.customerId(), slot.tier(), slot.score());
 *   } else {
 *     report(slot.error());
 *   }
 * }
 * }</pre>
 *
 * <p>The accessors of a score throw {@link IllegalStateException} when the slot holds no score (the
 * last snapshot was refused, or nothing was scored yet): that is a programming error, since {@code
 * scoreInto} and {@link #isScored()} say which it is.
 */
public final class ScoreSlot {

  private static final Reason[] REASONS = Reason.values();
  private static final int REASON_BITS = 5;
  private static final int REASON_SLOT = (1 << REASON_BITS) - 1;

  private final ScoreState state = new ScoreState();

  /** An empty slot; it holds a result after the first {@code scoreInto}. */
  public ScoreSlot() {
    // the state's arrays are allocated here, once
  }

  ScoreState state() {
    return state;
  }

  /**
   * Whether the slot holds a score.
   *
   * @return {@code true} after a successful {@code scoreInto}; {@code false} when the last snapshot
   *     was refused or nothing was scored yet
   */
  public boolean isScored() {
    return state.scored();
  }

  /**
   * Why the last snapshot was not scored.
   *
   * @return the error, with every refused field
   * @throws IllegalStateException if the slot holds a score or nothing yet
   */
  public ScoringError error() {
    ScoringError error = state.error();
    if (error == null) {
      throw new IllegalStateException("the slot holds no scoring error");
    }
    return error;
  }

  /**
   * The customer of the last snapshot, scored or refused.
   *
   * @return the customer ID
   * @throws IllegalStateException if nothing was scored into the slot yet
   */
  public CustomerId customerId() {
    CustomerId customer = state.customerId();
    if (customer == null) {
      throw new IllegalStateException("nothing was scored into the slot yet");
    }
    return customer;
  }

  /**
   * The fingerprint of the model that made the slot's content.
   *
   * @return the fingerprint
   * @throws IllegalStateException if nothing was scored into the slot yet
   */
  public ModelFingerprint model() {
    ModelFingerprint model = state.model();
    if (model == null) {
      throw new IllegalStateException("nothing was scored into the slot yet");
    }
    return model;
  }

  /**
   * The composite score.
   *
   * @return 0 to the model's maximum
   */
  public int score() {
    return scored().score();
  }

  /**
   * The tier's name from the model.
   *
   * @return the tier
   */
  public String tier() {
    return scored().tier();
  }

  /**
   * Whether the customer costs the bank more than they bring.
   *
   * @return whether the period's contribution is negative
   */
  public boolean isLossMaking() {
    return scored().contribution() < 0;
  }

  /**
   * How many gold / VIP rules the customer meets.
   *
   * @return the number of flags
   */
  public int flagCount() {
    return scored().flagCount();
  }

  /**
   * The code of a rule the customer meets, in model order.
   *
   * @param index 0 to {@code flagCount() - 1}
   * @return the rule's code
   * @throws IndexOutOfBoundsException if there is no such flag
   */
  public String flag(int index) {
    return scored().flag(index);
  }

  /**
   * Net interest income on deposits over the period, minor units of the reporting currency.
   *
   * @return as {@link ContributionBreakdown#depositInterest()}
   */
  public long depositInterest() {
    return scored().depositInterest();
  }

  /**
   * Net interest income on loans and cards over the period.
   *
   * @return as {@link ContributionBreakdown#lendingInterest()}
   */
  public long lendingInterest() {
    return scored().lendingInterest();
  }

  /**
   * Fee and commission income over the period.
   *
   * @return as {@link ContributionBreakdown#feeIncome()}
   */
  public long feeIncome() {
    return scored().feeIncome();
  }

  /**
   * Operating cost over the period.
   *
   * @return as {@link ContributionBreakdown#operatingCost()}
   */
  public long operatingCost() {
    return scored().operatingCost();
  }

  /**
   * Expected credit loss over the period.
   *
   * @return as {@link ContributionBreakdown#expectedCreditLoss()}
   */
  public long expectedCreditLoss() {
    return scored().expectedCreditLoss();
  }

  /**
   * The contribution over the period: the parts above added up.
   *
   * @return as {@link ContributionBreakdown#total()}
   */
  public long contribution() {
    return scored().contribution();
  }

  /**
   * The contribution annualised.
   *
   * @return as {@link ValueScore#annualContribution()}
   */
  public long annualContribution() {
    return scored().annualContribution();
  }

  /**
   * The lifetime value.
   *
   * @return as {@link ValueScore#lifetimeValue()}
   */
  public long lifetimeValue() {
    return scored().lifetimeValue();
  }

  /**
   * The recency score.
   *
   * @return 1 to 5
   */
  public int recency() {
    return scored().recency();
  }

  /**
   * The frequency score.
   *
   * @return 1 to 5
   */
  public int frequency() {
    return scored().frequency();
  }

  /**
   * The monetary score.
   *
   * @return 1 to 5
   */
  public int monetary() {
    return scored().monetary();
  }

  /**
   * Whether a factor is part of the model (and so of the explanation).
   *
   * @param factor the factor
   * @return whether it has points
   */
  public boolean hasFactor(Factor factor) {
    return (scored().factorMask() & (1 << requireNonNull(factor, "factor").ordinal())) != 0;
  }

  /**
   * A factor's raw value, as {@link FactorPoints#rawValue()}.
   *
   * @param factor a factor of the model
   * @return the raw value
   * @throws IllegalArgumentException if the factor is not in the model
   */
  public double rawValue(Factor factor) {
    return scored().raw(modelFactor(factor));
  }

  /**
   * A factor's whole points, as {@link FactorPoints#points()}; the points add up to the score.
   *
   * @param factor a factor of the model
   * @return the points
   * @throws IllegalArgumentException if the factor is not in the model
   */
  public int points(Factor factor) {
    return scored().points(modelFactor(factor));
  }

  /**
   * A factor's share of the score, as {@link FactorPoints#share()}: points over the score, 0 when
   * the score is 0.
   *
   * @param factor a factor of the model
   * @return the share
   * @throws IllegalArgumentException if the factor is not in the model
   */
  public double share(Factor factor) {
    int points = points(factor);
    int total = state.score();
    return total == 0 ? 0 : points / (double) total;
  }

  /**
   * How many reasons the explanation gives.
   *
   * @return 0 to 3
   */
  public int reasonCount() {
    int codes = scored().reasons();
    int count = 0;
    for (; (codes & REASON_SLOT) != 0; codes >>>= REASON_BITS) {
      count++;
    }
    return count;
  }

  /**
   * A reason, the most important first, as {@link Explanation#reasons()}.
   *
   * @param index 0 to {@code reasonCount() - 1}
   * @return the reason
   * @throws IndexOutOfBoundsException if there is no such reason
   */
  public Reason reason(int index) {
    java.util.Objects.checkIndex(index, reasonCount());
    return REASONS[((state.reasons() >>> (REASON_BITS * index)) & REASON_SLOT) - 1];
  }

  /**
   * The slot's content as the immutable result {@link ValueScorer#score} gives for the same
   * snapshot: equal to it in every field. Allocates the result.
   *
   * @return the score, or the error
   * @throws IllegalStateException if nothing was scored into the slot yet
   */
  public Either<ScoringError, ValueScore> toValueScore() {
    if (!state.scored()) {
      return Either.left(error());
    }
    long deposit = state.depositInterest();
    long lending = state.lendingInterest();
    long fee = state.feeIncome();
    long cost = state.operatingCost();
    long loss = state.expectedCreditLoss();
    return Either.right(
        new ValueScore(
            state.customerId(),
            state.model(),
            state.score(),
            state.tier(),
            state.flagList(),
            new ContributionBreakdown(deposit, lending, fee, cost, loss, state.contribution()),
            state.annualContribution(),
            new RfmScore(state.recency(), state.frequency(), state.monetary()),
            state.lifetimeValue(),
            Explanation.ofOwned(state.factorMask(), state.copyOfRaw(), state.copyOfPoints(), state.reasons())));
  }

  private ScoreState scored() {
    if (!state.scored()) {
      throw new IllegalStateException("the slot holds no score");
    }
    return state;
  }

  private int modelFactor(Factor factor) {
    int f = requireNonNull(factor, "factor").ordinal();
    if ((state.factorMask() & (1 << f)) == 0) {
      throw new IllegalArgumentException("the factor is not in the slot's model");
    }
    return f;
  }

  @Override
  public String toString() {
    // no amounts: a slot is scored financial data of a customer
    return state.scored()
        ? "ScoreSlot[scored, tier=" + state.tier() + "]"
        : state.error() != null ? "ScoreSlot[refused]" : "ScoreSlot[empty]";
  }
}
